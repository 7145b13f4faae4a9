using System.Globalization;
using System.Text;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>CcHc's own signature on a Chromium export, read back by poppler (pdfsig, pdftotext, pdfinfo).</summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class PdfSignerTests(SignedPdfs pdfs) : IDisposable
{
    private readonly SignatureFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Pdfsig_reports_the_signed_export_valid_and_the_whole_document_signed()
    {
        var report = await PdfTools.RunAsync("pdfsig", _files.Write("signed.pdf", pdfs.SignedExport));

        Assert.Contains("Signature Type: ETSI.CAdES.detached", report, StringComparison.Ordinal);
        Assert.Contains("Signing Hash Algorithm: SHA-256", report, StringComparison.Ordinal);
        Assert.Contains($"Signer Certificate Common Name: {DemoCertificate.CommonName}", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdfsig_reports_a_digest_mismatch_after_one_byte_of_the_signed_range_is_flipped()
    {
        var flipped = (byte[])pdfs.SignedExport.Clone();
        flipped[SignatureFiles.IndexOf(flipped, "/Producer (Skia") + 12] ^= 0x01; // one letter of the producer's name

        var report = await PdfTools.RunAsync("pdfsig", _files.Write("flipped.pdf", flipped));

        Assert.Contains("Signature Validation: Digest Mismatch.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Signature is Valid", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_visible_box_on_the_last_page_reads_in_pdftotext()
    {
        var text = await PdfTools.RunAsync("pdftotext", "-f", "2", "-l", "2", _files.Write("signed.pdf", pdfs.SignedExport), "-");

        Assert.Contains($"Ký bởi: {DemoCertificate.CommonName}", text, StringComparison.Ordinal);
        Assert.Contains("Cơ quan: Ủy ban nhân dân xã Cẩm Sơn", text, StringComparison.Ordinal);
        Assert.Contains("Thời gian ký: 12/03/2026 10:15:30", text, StringComparison.Ordinal);
        Assert.Contains("Lý do: Ban hành kế hoạch khắc phục", text, StringComparison.Ordinal);
        Assert.Contains("Hoàng Văn Hiệp", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdfinfo_reads_the_signed_export_with_its_pages_and_signature_form()
    {
        var (exitCode, info, errors) = await SignatureFiles.RunAsync("pdfinfo", _files.Write("signed.pdf", pdfs.SignedExport));

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        Assert.Matches(@"Pages:\s+2\n", info);
        Assert.Matches(@"Form:\s+AcroForm", info);
    }

    [Fact]
    public void Every_entry_of_the_new_cross_reference_section_points_at_its_object_and_pdfpig_reads_it_strictly()
    {
        var signed = pdfs.SignedExport;
        var startxref = SignatureFiles.IndexOf(signed, "startxref", pdfs.Issued.Length);
        var section = Encoding.ASCII.GetString(signed, startxref, signed.Length - startxref).Split('\n')[1];
        var table = Encoding.ASCII.GetString(signed, int.Parse(section, CultureInfo.InvariantCulture), startxref - int.Parse(section, CultureInfo.InvariantCulture));
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeWhile(l => !l.StartsWith("trailer", StringComparison.Ordinal)).Skip(1).ToList();
        var checkedEntries = 0;
        for (var i = 0; i < lines.Count;)
        {
            var header = lines[i++].Split(' ');
            var (first, count) = (int.Parse(header[0], CultureInfo.InvariantCulture), int.Parse(header[1], CultureInfo.InvariantCulture));
            for (var n = 0; n < count; n++, i++)
            {
                Assert.Equal(19, lines[i].Length); // 20 bytes with the \n split off
                var offset = int.Parse(lines[i][..10], CultureInfo.InvariantCulture);
                Assert.StartsWith($"{first + n} 0 obj", Encoding.ASCII.GetString(signed, offset, 20), StringComparison.Ordinal);
                checkedEntries++;
            }
        }

        Assert.Equal(10, checkedEntries); // eight new objects, the last page and the catalog
        using var document = PdfDocument.Open(signed, new ParsingOptions { UseLenientParsing = false });
        Assert.Equal(2, document.NumberOfPages);
        Assert.Contains(document.GetPage(2).GetAnnotations(), a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget);
    }

    [Fact]
    public void Signing_appends_one_revision_and_keeps_the_export_as_its_prefix()
    {
        var signed = pdfs.SignedExport;

        Assert.True(signed.AsSpan().StartsWith(pdfs.Issued));
        var update = Encoding.ASCII.GetString(signed, pdfs.Issued.Length, signed.Length - pdfs.Issued.Length);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(update, "%%EOF"));
        Assert.Contains("/Prev ", update, StringComparison.Ordinal);
        Assert.Contains("/AcroForm <</Fields [", update, StringComparison.Ordinal);
        Assert.Contains("/SigFlags 3", update, StringComparison.Ordinal);
        Assert.True(PdfSignatureVerifier.StartsWithRevision(signed, pdfs.Issued));
    }

    [Fact]
    public async Task The_export_joined_from_two_print_jobs_signs_as_well()
    {
        var signed = PdfSigner.Sign(pdfs.Joined, pdfs.Certificate, SignedPdfs.Appearance);

        var report = await PdfTools.RunAsync("pdfsig", _files.Write("joined.pdf", signed));

        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.True(PdfSignatureVerifier.Verify(signed, SignedPdfs.Now).IsValid);
    }

    [Fact]
    public async Task A_file_with_an_xref_stream_and_an_object_stream_gets_an_xref_stream_update()
    {
        var original = SignatureFiles.WithCrossReferenceStream();

        var signed = PdfSigner.Sign(original, pdfs.Certificate, SignedPdfs.Appearance);

        var update = Encoding.Latin1.GetString(signed, original.Length, signed.Length - original.Length);
        Assert.Contains("/Type /XRef", update, StringComparison.Ordinal);
        Assert.DoesNotContain("\nxref\n", update, StringComparison.Ordinal);
        var path = _files.Write("xref-stream.pdf", signed);
        var report = await PdfTools.RunAsync("pdfsig", path);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        var (exitCode, info, errors) = await SignatureFiles.RunAsync("pdfinfo", path);
        Assert.Equal((0, ""), (exitCode, errors));
        Assert.Matches(@"Pages:\s+1\n", info);
        var text = await PdfTools.RunAsync("pdftotext", path, "-");
        Assert.Contains("Ke hoach khac phuc", text, StringComparison.Ordinal);
        Assert.Contains("Thời gian ký: 12/03/2026 10:15:30", text, StringComparison.Ordinal);
        Assert.True(PdfSignatureVerifier.Verify(signed, SignedPdfs.Now).IsValid);
    }

    [Fact]
    public async Task A_signed_file_signed_again_carries_two_valid_signatures()
    {
        var twice = PdfSigner.Sign(pdfs.SignedExport, pdfs.Certificate, SignedPdfs.Appearance with { SigningTime = SignedPdfs.SigningTime.AddHours(1) });

        var report = await PdfTools.RunAsync("pdfsig", _files.Write("twice.pdf", twice));
        Assert.Contains("Signature #2:", report, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(report, @"Signature is Valid\."));
        var verification = PdfSignatureVerifier.Verify(twice, SignedPdfs.Now);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal([false, true], verification.Signatures.Select(s => s.CoversWholeFile));
        Assert.Equal(2, verification.LastSignature!.Number);
    }

    [Fact]
    public void A_certificate_without_its_private_key_cannot_sign()
    {
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(pdfs.Certificate.RawData);

        var refusal = Assert.Throws<PdfSigningException>(() => PdfSigner.Sign(pdfs.Issued, publicOnly, SignedPdfs.Appearance));
        Assert.Equal("Chứng thư số dùng để ký không kèm khóa bí mật.", refusal.Message);
    }

    [Fact]
    public void What_is_not_a_pdf_cannot_be_signed()
    {
        var refusal = Assert.Throws<PdfSigningException>(() => PdfSigner.Sign("không phải PDF"u8.ToArray(), pdfs.Certificate, SignedPdfs.Appearance));
        Assert.Contains("không phải là PDF", refusal.Message, StringComparison.Ordinal);
    }
}
