import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Appends a Document Security Store (ISO 32000-2 12.8.4.3, ETSI EN 319 142-1 5.4) to a signed PDF with PDFBox's
 * saveIncremental, the way PDFBox's AddValidationInformation example does: /DSS in the catalog with /Certs, /CRLs,
 * /OCSPs arrays of streams (the DER bytes) and a /VRI entry keyed by the upper-case hex SHA-1 of each signature's
 * /Contents. The mode adds something else in the same update, for the checker's refusals.
 *
 * Usage: AppendDss MODE in.pdf out.pdf cert.der[,cert.der...] crl.der[,crl.der...]
 *   dss         the DSS only
 *   annotation  the DSS and a text annotation on the first page
 *   info        the DSS and a changed /Title in the document information dictionary
 *   garbage     the DSS whose /Certs also holds a stream that is not a certificate
 */
public final class AppendDss {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName VRI = COSName.getPDFName("VRI");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: AppendDss dss|annotation|info|garbage in.pdf out.pdf certs.der,... crls.der,...");
            System.exit(2);
        }
        String mode = args[0];
        try (PDDocument document = PDDocument.load(new File(args[1]))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            COSDictionary catalogDictionary = catalog.getCOSObject();
            COSDictionary dss = (COSDictionary) catalogDictionary.getDictionaryObject(DSS);
            if (dss == null) {
                dss = new COSDictionary();
                catalogDictionary.setItem(DSS, dss);
            }
            COSArray certs = array(dss, CERTS);
            COSArray crls = array(dss, CRLS);
            array(dss, OCSPS);

            List<COSStream> certStreams = new ArrayList<>();
            for (String path : args[3].split(",")) {
                certStreams.add(stream(document, Files.readAllBytes(new File(path).toPath())));
            }
            List<COSStream> crlStreams = new ArrayList<>();
            for (String path : args[4].split(",")) {
                crlStreams.add(stream(document, Files.readAllBytes(new File(path).toPath())));
            }
            certStreams.forEach(certs::add);
            crlStreams.forEach(crls::add);
            if (mode.equals("garbage")) {
                certs.add(stream(document, "khong phai chung thu so".getBytes("US-ASCII")));
            }

            COSDictionary vri = (COSDictionary) dss.getDictionaryObject(VRI);
            if (vri == null) {
                vri = new COSDictionary();
                dss.setItem(VRI, vri);
            }
            Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            for (PDSignature signature : document.getSignatureDictionaries()) {
                COSDictionary entry = new COSDictionary();
                COSArray cert = new COSArray();
                certStreams.forEach(cert::add);
                COSArray crl = new COSArray();
                crlStreams.forEach(crl::add);
                entry.setItem(COSName.getPDFName("Cert"), cert);
                entry.setItem(COSName.getPDFName("CRL"), crl);
                entry.setDate(COSName.getPDFName("TU"), now);
                vri.setItem(COSName.getPDFName(hex(MessageDigest.getInstance("SHA-1").digest(signature.getContents()))), entry);
                entry.setNeedToBeUpdated(true);
                cert.setNeedToBeUpdated(true);
                crl.setNeedToBeUpdated(true);
            }

            if (mode.equals("annotation")) {
                PDPage page = document.getPage(0);
                PDAnnotationText note = new PDAnnotationText();
                note.setRectangle(new PDRectangle(72, 72, 20, 20));
                note.setContents("Da xem");
                List<PDAnnotation> annotations = page.getAnnotations();
                annotations.add(note);
                page.setAnnotations(annotations);
                // PDFBox 2 writes only what is flagged along a flagged path from the catalog: the page tree, the page, its /Annots.
                catalog.getPages().getCOSObject().setNeedToBeUpdated(true);
                ((COSArray) catalog.getPages().getCOSObject().getDictionaryObject(COSName.KIDS)).setNeedToBeUpdated(true);
                page.getCOSObject().setNeedToBeUpdated(true);
                ((COSArray) page.getCOSObject().getDictionaryObject(COSName.ANNOTS)).setNeedToBeUpdated(true);
                note.getCOSObject().setNeedToBeUpdated(true);
            } else if (mode.equals("info")) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle("Ke hoach da sua sau khi ky");
                info.getCOSObject().setNeedToBeUpdated(true);
                document.getDocument().getTrailer().setNeedToBeUpdated(true);
            } else if (!mode.equals("dss") && !mode.equals("garbage")) {
                throw new IllegalArgumentException("unknown mode " + mode);
            }

            vri.setNeedToBeUpdated(true);
            certs.setNeedToBeUpdated(true);
            crls.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            catalogDictionary.setNeedToBeUpdated(true);
            try (OutputStream out = new FileOutputStream(args[2])) {
                document.saveIncremental(out);
            }
        }
    }

    private static COSArray array(COSDictionary dss, COSName name) {
        COSBase existing = dss.getDictionaryObject(name);
        if (existing instanceof COSArray) {
            ((COSArray) existing).setNeedToBeUpdated(true);
            return (COSArray) existing;
        }
        COSArray created = new COSArray();
        created.setNeedToBeUpdated(true);
        dss.setItem(name, created);
        return created;
    }

    private static COSStream stream(PDDocument document, byte[] data) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        stream.setNeedToBeUpdated(true);
        return stream;
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }
}
