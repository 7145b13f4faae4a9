using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CcHc.Domain.Common;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Signs a PDF the way the provincial signing tools do: one incremental update appended to the original bytes (which
/// are never rewritten) with a signature dictionary (adbe.pkcs7.detached, CMS by the framework's SignedCms), a
/// signature field whose widget shows the Nghị định 30 appearance (<see cref="SignatureStamp"/>) in the document's signer
/// block (<see cref="SignerBlock"/>; else at the foot of the last page), that page and the catalog written again with the
/// new annotation and /AcroForm, and a cross-reference section with /Prev. See docs/decisions/0006-pdf-signatures.md.
/// </summary>
public static class PdfSigner
{
    /// <summary>
    /// Bytes reserved for the CMS (written as twice as many hex digits): an RSA-4096 signature with its certificate and
    /// a timestamp token carrying its authority's certificates fit easily.
    /// </summary>
    internal const int ReservedSignatureBytes = 16384;

    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";
    private const double RightMargin = 42.5; // 15 mm, the right margin of Nghị định 30
    private const double BottomOffset = 62; // just above the 20 mm bottom margin, where the verification code is printed

    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "times.ttf"),
    ];

    /// <summary>The PDF with one more revision that carries a PAdES B-B signature; the input's bytes are its prefix.</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 certificateWithPrivateKey, SignatureAppearance appearance)
    {
        RequirePrivateKey(certificateWithPrivateKey);
        var prepared = Prepare(pdf, certificateWithPrivateKey, appearance);
        return prepared.Embed(CreateCms(prepared.SignedContent(), certificateWithPrivateKey).Encode());
    }

    /// <summary>
    /// The PDF signed as by <see cref="Sign"/>, then — when <paramref name="timestamp"/> gives a token for the
    /// signature value — with that RFC 3161 token as the unsigned attribute id-aa-timeStampToken (PAdES B-T). A null
    /// token (the authority unreachable) leaves the signature B-B; <see cref="PdfSigningResult.Timestamped"/> says which.
    /// </summary>
    public static async Task<PdfSigningResult> SignAsync(
        byte[] pdf, X509Certificate2 certificateWithPrivateKey, SignatureAppearance appearance, SignatureTimestamper? timestamp, CancellationToken cancellationToken)
    {
        RequirePrivateKey(certificateWithPrivateKey);
        var prepared = Prepare(pdf, certificateWithPrivateKey, appearance);
        var cms = CreateCms(prepared.SignedContent(), certificateWithPrivateKey);
        var encoded = cms.Encode();
        if (timestamp is null || await timestamp(cms.SignerInfos[0], cancellationToken) is not { } token)
        {
            return new PdfSigningResult(prepared.Embed(encoded), Timestamped: false);
        }

        cms.SignerInfos[0].AddUnsignedAttribute(new AsnEncodedData(new Oid(CadesAttributes.TimestampToken), token));
        var withToken = cms.Encode();
        return withToken.Length > ReservedSignatureBytes
            ? new PdfSigningResult(prepared.Embed(encoded), Timestamped: false)
            : new PdfSigningResult(prepared.Embed(withToken), Timestamped: true);
    }

    private static void RequirePrivateKey(X509Certificate2 certificate)
    {
        if (!certificate.HasPrivateKey)
        {
            throw new PdfSigningException("Chứng thư số dùng để ký không kèm khóa bí mật.");
        }
    }

    /// <summary>
    /// A detached CMS SignedData over the content as PAdES B-B wants it: SHA-256, the signer's certificate, the signed
    /// attributes content-type, message-digest and ESS signing-certificate-v2, and no signingTime (the time is the
    /// signature dictionary's /M; PAdES forbids the attribute).
    /// </summary>
    internal static SignedCms CreateCms(byte[] content, X509Certificate2 certificate)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid(CadesAttributes.Sha256),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(CadesAttributes.SigningCertificateV2Attribute(certificate));
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            cms.ComputeSignature(signer, silent: true);
        }
        catch (CryptographicException e)
        {
            throw new PdfSigningException("Không ký được bằng chứng thư số này (khóa bí mật không dùng được để ký).", e);
        }

        return cms;
    }

    /// <summary>The update with a zero-filled /Contents and its /ByteRange filled in, ready for the CMS.</summary>
    internal static PreparedSignature Prepare(byte[] pdf, X509Certificate2 certificate, SignatureAppearance appearance)
    {
        var previous = LastCrossReference(pdf);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PdfSigningException("Tệp PDF bị hỏng hoặc có cấu trúc chưa đọc được, nên không ký được.", e);
        }

        using (document)
        {
            return Prepare(pdf, document, previous, certificate, appearance);
        }
    }

    private static PreparedSignature Prepare(byte[] pdf, PdfDocument document, (long Offset, CrossReferenceKind Kind) previous,
        X509Certificate2 certificate, SignatureAppearance appearance)
    {
        var structure = document.Structure;
        var trailer = structure.Trailer;
        if (trailer.EncryptionToken is not null)
        {
            throw new PdfSigningException("Tệp PDF được mã hóa; CcHc không ký tệp mã hóa.");
        }

        var catalogReference = trailer.Root;
        var catalog = structure.Catalog.CatalogDictionary;
        var (font, fontName) = LoadFont(appearance.FontPath);
        var signerName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        var seal = appearance.SealPng is { } png ? SealImage(png) : null;

        // In the signer block (between the title and the name) where the document has one, else at the foot of the last page.
        var place = SignerBlock.Find(document);
        var pageNumber = place?.PageNumber ?? document.NumberOfPages;
        var pageReference = place is null ? LastPage(structure, catalog) : PageReference(structure, catalog, pageNumber);
        var page = Resolve<DictionaryToken>(structure, new IndirectReferenceToken(pageReference))
            ?? throw new PdfSigningException("Không đọc được trang đặt chữ ký của tệp PDF.");
        double[] rect;
        if (place is not null)
        {
            rect = [place.Left, place.Bottom, place.Right, place.Top];
        }
        else
        {
            var bounds = document.GetPage(pageNumber).CropBox.Bounds;
            var right = bounds.Right - RightMargin;
            var bottom = bounds.Bottom + BottomOffset;
            rect = [right - SignatureStamp.FallbackWidth, bottom, right, bottom + SignatureStamp.FallbackHeight];
        }

        var stamp = SignatureStamp.Layout(font, Lines(signerName, appearance), rect[2] - rect[0], rect[3] - rect[1],
            appearance.SealText ?? appearance.Organisation, seal is not null);

        var size = Math.Max(trailer.Size, structure.CrossReferenceTable.ObjectOffsets.Keys.Select(k => k.ObjectNumber + 1).DefaultIfEmpty(1).Max());
        using var update = new IncrementalUpdate(pdf, size);
        var signature = update.Allocate();
        var widget = update.Allocate();
        var form = update.Allocate();
        var type0 = update.Allocate();
        var cidFont = update.Allocate();
        var descriptor = update.Allocate();
        var fontFile = update.Allocate();
        var toUnicode = update.Allocate();
        var image = seal is null ? 0 : update.Allocate();
        var mask = seal?.Alpha is null ? 0 : update.Allocate();

        // The signature dictionary: /ByteRange and /Contents are placeholders of fixed width, filled in below.
        var w = update.Begin(signature).Raw("<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange ");
        var byteRangeAt = w.Position;
        w.Raw(ByteRangePlaceholder).Raw("\n/Contents ");
        var contentsAt = w.Position;
        w.Raw("<").Raw(new string('0', ReservedSignatureBytes * 2)).Raw(">\n");
        w.Raw("/M (").Raw(PdfDate.Format(VietnamTime.ToVietnam(appearance.SigningTime))).Raw(")");
        w.Raw(" /Name ").TextString(signerName);
        if (!string.IsNullOrWhiteSpace(appearance.Reason))
        {
            w.Raw(" /Reason ").TextString(appearance.Reason);
        }

        if (!string.IsNullOrWhiteSpace(appearance.Location))
        {
            w.Raw(" /Location ").TextString(appearance.Location);
        }

        w.Raw(" /Prop_Build <</App <</Name /CcHc>>>>>>");
        update.End();

        var c = CultureInfo.InvariantCulture;
        update.Begin(widget)
            .Raw("<</Type /Annot /Subtype /Widget /FT /Sig /F 132 /T ")
            .TextString(string.Create(c, $"CcHc.Signature.{signature}"))
            .Raw(string.Create(c, $" /V {PdfObjectWriter.Reference(signature, 0)} /P "))
            .Token(new IndirectReferenceToken(pageReference))
            .Raw(" /Rect [" + string.Join(" ", rect.Select(v => PdfObjectWriter.Number(Math.Round(v, 3)))) + "]")
            .Raw(string.Create(c, $" /AP <</N {PdfObjectWriter.Reference(form, 0)}>>>>"));
        update.End();

        var images = seal is null ? "" : string.Create(c, $" /XObject <</Seal {PdfObjectWriter.Reference(image, 0)}>>");
        update.Stream(form, string.Create(c,
            $"/Type /XObject /Subtype /Form /BBox [0 0 {PdfObjectWriter.Number(Math.Round(stamp.Width, 3))} {PdfObjectWriter.Number(Math.Round(stamp.Height, 3))}] /Resources <</Font <</F1 {PdfObjectWriter.Reference(type0, 0)}>>{images}>>"),
            stamp.AppearanceContent(seal?.Width ?? 1, seal?.Height ?? 1), compress: false);
        if (seal is not null)
        {
            // The seal image: the PNG's samples as /FlateDecode RGB, its alpha channel as a soft mask.
            var smask = mask == 0 ? "" : string.Create(c, $" /SMask {PdfObjectWriter.Reference(mask, 0)}");
            update.Stream(image, string.Create(c,
                $"/Type /XObject /Subtype /Image /Width {seal.Width} /Height {seal.Height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode{smask}"),
                seal.CompressedRgb(), compress: false);
            if (mask != 0)
            {
                update.Stream(mask, string.Create(c,
                    $"/Type /XObject /Subtype /Image /Width {seal.Width} /Height {seal.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"),
                    seal.CompressedAlpha()!, compress: false);
            }
        }

        update.Begin(type0).Raw(string.Create(c,
            $"<</Type /Font /Subtype /Type0 /BaseFont /{fontName} /Encoding /Identity-H /DescendantFonts [{PdfObjectWriter.Reference(cidFont, 0)}] /ToUnicode {PdfObjectWriter.Reference(toUnicode, 0)}>>"));
        update.End();
        update.Begin(cidFont).Raw(string.Create(c,
            $"<</Type /Font /Subtype /CIDFontType2 /BaseFont /{fontName} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor {PdfObjectWriter.Reference(descriptor, 0)} /CIDToGIDMap /Identity /DW 1000 /W {stamp.WidthArray()}>>"));
        update.End();
        double Scale(int v) => Math.Round(v * 1000.0 / font.UnitsPerEm);
        update.Begin(descriptor).Raw(string.Create(c,
            $"<</Type /FontDescriptor /FontName /{fontName} /Flags 34 /FontBBox [{string.Join(" ", font.BoundingBox.Select(Scale))}] /ItalicAngle 0 /Ascent {Scale(font.Ascent)} /Descent {Scale(font.Descent)} /CapHeight {Scale(font.CapHeight)} /StemV 80 /FontFile2 {PdfObjectWriter.Reference(fontFile, 0)}>>"));
        update.End();
        var subset = stamp.FontFile();
        update.Stream(fontFile, string.Create(c, $" /Length1 {subset.Length}"), subset, compress: true);
        update.Stream(toUnicode, "", stamp.ToUnicode(), compress: true);

        // The last page with the widget among its annotations, and the catalog with the signature field.
        var annotations = ResolveArray(structure, page, "Annots");
        update.Begin(pageReference.ObjectNumber, pageReference.Generation)
            .Token(page.With("Annots", new ArrayToken([.. annotations, Reference(widget)])));
        update.End();

        var acroForm = catalog.TryGet(NameToken.Create("AcroForm"), out var existingForm)
            ? Resolve<DictionaryToken>(structure, existingForm) ?? DictionaryToken.Empty
            : DictionaryToken.Empty;
        var fields = ResolveArray(structure, acroForm, "Fields");
        acroForm = acroForm.With("Fields", new ArrayToken([.. fields, Reference(widget)])).With("SigFlags", new NumericToken(3));
        update.Begin(catalogReference.ObjectNumber, catalogReference.Generation).Token(catalog.With("AcroForm", acroForm));
        update.End();

        var identifier = trailer.Identifier is { Count: > 0 } id ? new ArrayToken(id) : null;
        var info = trailer.Info;
        var bytes = update.Finish(previous.Kind, new TrailerEntries(new IndirectReferenceToken(catalogReference), info, identifier, previous.Offset));

        // The byte range: everything but the /Contents hex string, angle brackets included.
        var contentsEnd = contentsAt + 2 + (ReservedSignatureBytes * 2);
        long[] byteRange = [0, contentsAt, contentsEnd, bytes.Length - contentsEnd];
        var text = string.Create(c, $"[{byteRange[0]} {byteRange[1]} {byteRange[2]} {byteRange[3]}]").PadRight(ByteRangePlaceholder.Length);
        if (text.Length != ByteRangePlaceholder.Length)
        {
            throw new PdfSigningException("Tệp PDF quá lớn để ký.");
        }

        Encoding.ASCII.GetBytes(text).CopyTo(bytes, byteRangeAt);
        return new PreparedSignature(bytes, byteRange);
    }

    private static PngImage SealImage(byte[] png)
    {
        try
        {
            return PngImage.Decode(png);
        }
        catch (InvalidDataException e)
        {
            throw new PdfSigningException("Ảnh con dấu của xã không dùng được: " + e.Message, e);
        }
    }

    /// <summary>The reference of page <paramref name="number"/> (1-based), walking the page tree by /Count.</summary>
    private static IndirectReference PageReference(UglyToad.PdfPig.Structure structure, DictionaryToken catalog, int number)
    {
        if (!catalog.TryGet(NameToken.Pages, out var node))
        {
            throw new PdfSigningException("Tệp PDF không có danh sách trang.");
        }

        var remaining = number;
        for (var depth = 0; depth < 64; depth++)
        {
            if (node is not IndirectReferenceToken reference || Resolve<DictionaryToken>(structure, reference) is not { } dictionary)
            {
                break;
            }

            if (!dictionary.TryGet(NameToken.Kids, out var kids))
            {
                return reference.Data;
            }

            if (Resolve<ArrayToken>(structure, kids) is not { Length: > 0 } array)
            {
                break;
            }

            IToken? next = null;
            foreach (var kid in array.Data)
            {
                var count = Resolve<DictionaryToken>(structure, kid) is { } child && child.TryGet(NameToken.Kids, out _)
                    ? child.TryGet(NameToken.Count, out var value) && Resolve<NumericToken>(structure, value) is { } n ? n.Int : 0
                    : 1;
                if (remaining <= count)
                {
                    next = kid;
                    break;
                }

                remaining -= count;
            }

            if (next is null)
            {
                break;
            }

            node = next;
        }

        throw new PdfSigningException("Không tìm thấy trang có khối chữ ký của tệp PDF.");
    }

    private static string[] Lines(string signerName, SignatureAppearance appearance)
    {
        var time = VietnamTime.ToVietnam(appearance.SigningTime).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        var lines = new List<string> { $"Ký bởi: {signerName}", $"Cơ quan: {appearance.Organisation}", $"Thời gian ký: {time}" };
        if (!string.IsNullOrWhiteSpace(appearance.Reason))
        {
            lines.Add($"Lý do: {appearance.Reason}");
        }

        if (!string.IsNullOrWhiteSpace(appearance.Location))
        {
            lines.Add($"Nơi ký: {appearance.Location}");
        }

        return [.. lines];
    }

    private static (TrueTypeFont Font, string Name) LoadFont(string? path)
    {
        path ??= FontCandidates.FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            throw new PdfSigningException(
                "Máy chủ chưa có phông chữ Liberation Serif để viết ô chữ ký (gói fonts-liberation2); hãy báo quản trị viên cài đặt.");
        }

        try
        {
            return (TrueTypeFont.Load(File.ReadAllBytes(path)), FontName(path));
        }
        catch (InvalidDataException e)
        {
            throw new PdfSigningException($"Phông chữ {Path.GetFileName(path)} không dùng được để viết ô chữ ký.", e);
        }
    }

    /// <summary>A subset font's name: six capital letters, '+', the file's name reduced to letters, digits and '-'.</summary>
    private static string FontName(string path) =>
        "CCHCSG+" + new string([.. Path.GetFileNameWithoutExtension(path).Where(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')]);

    /// <summary>The offset of the last cross-reference section (after "startxref") and whether it is a table or a stream.</summary>
    private static (long Offset, CrossReferenceKind Kind) LastCrossReference(byte[] pdf)
    {
        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - 1024));
        var at = tail.LastIndexOf("startxref"u8);
        if (!pdf.AsSpan().StartsWith("%PDF-"u8) || at < 0)
        {
            throw new PdfSigningException("Tệp không phải là PDF hoặc thiếu phần kết thúc (startxref), nên không ký được.");
        }

        var lexer = new PdfLexer(tail, at + "startxref"u8.Length);
        var number = lexer.Next();
        if (number.Kind != PdfTokenKind.Number || PdfLexer.ReadOffset(tail[number.Start..number.End]) is not { } offset || offset >= pdf.Length)
        {
            throw new PdfSigningException("Tệp PDF có vị trí bảng tham chiếu (startxref) không hợp lệ, nên không ký được.");
        }

        var section = new PdfLexer(pdf, (int)offset).Next();
        var kind = pdf.AsSpan(section.Start).StartsWith("xref"u8) ? CrossReferenceKind.Table : CrossReferenceKind.Stream;
        return (offset, kind);
    }

    private static IndirectReference LastPage(UglyToad.PdfPig.Structure structure, DictionaryToken catalog)
    {
        if (!catalog.TryGet(NameToken.Pages, out var node))
        {
            throw new PdfSigningException("Tệp PDF không có danh sách trang.");
        }

        for (var depth = 0; depth < 64; depth++)
        {
            if (node is not IndirectReferenceToken reference || Resolve<DictionaryToken>(structure, reference) is not { } dictionary)
            {
                break;
            }

            if (!dictionary.TryGet(NameToken.Kids, out var kids))
            {
                return reference.Data;
            }

            if (Resolve<ArrayToken>(structure, kids) is not { Length: > 0 } array)
            {
                break;
            }

            node = array.Data[^1];
        }

        throw new PdfSigningException("Không tìm thấy trang cuối của tệp PDF.");
    }

    private static IReadOnlyList<IToken> ResolveArray(UglyToad.PdfPig.Structure structure, DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var value) && Resolve<ArrayToken>(structure, value) is { } array ? array.Data : [];

    private static T? Resolve<T>(UglyToad.PdfPig.Structure structure, IToken token)
        where T : class, IToken
    {
        for (var hops = 0; hops < 8 && token is IndirectReferenceToken reference; hops++)
        {
            token = structure.GetObject(reference.Data).Data;
        }

        return token as T;
    }

    private static IndirectReferenceToken Reference(long number) => new(new IndirectReference(number, 0));
}

/// <summary>A PDF with its signature update written and /Contents still zero: what the CMS must cover, and where it goes.</summary>
internal sealed record PreparedSignature(byte[] Pdf, long[] ByteRange)
{
    /// <summary>The bytes the signature covers: the two parts of the byte range, joined.</summary>
    public byte[] SignedContent()
    {
        var content = new byte[ByteRange[1] + ByteRange[3]];
        Pdf.AsSpan((int)ByteRange[0], (int)ByteRange[1]).CopyTo(content);
        Pdf.AsSpan((int)ByteRange[2], (int)ByteRange[3]).CopyTo(content.AsSpan((int)ByteRange[1]));
        return content;
    }

    /// <summary>The signed PDF: the CMS as hex at the start of the reserved /Contents, the rest left as zeros.</summary>
    public byte[] Embed(byte[] cms)
    {
        if (cms.Length > PdfSigner.ReservedSignatureBytes)
        {
            throw new PdfSigningException("Chữ ký số lớn hơn chỗ dành sẵn trong tệp PDF.");
        }

        var signed = (byte[])Pdf.Clone();
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, ByteRange[1] + 1);
        return signed;
    }
}

/// <summary>
/// Gives the RFC 3161 timestamp token (an encoded CMS ContentInfo) for the signature value of <paramref name="signer"/>,
/// or null when none could be had (the signature then stays PAdES B-B).
/// </summary>
public delegate Task<byte[]?> SignatureTimestamper(SignerInfo signer, CancellationToken cancellationToken);

/// <summary>A signed PDF, and whether its signature carries a timestamp token (PAdES B-T) or not (B-B).</summary>
public sealed record PdfSigningResult(byte[] Pdf, bool Timestamped);
