using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using CcHc.Domain.Plans;
using CcHc.Infrastructure.Signatures;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// Long-term validation data (a DSS) appended after the last signature: accepted when the update adds nothing else.
/// The PDFs were made by PDFBox's saveIncremental on a CcHc-signed plan (Fixtures/README.md); a few hostile updates
/// are written here by hand around the same file.
/// </summary>
public sealed partial class LongTermValidationTests : IDisposable
{
    /// <summary>After the fixtures' signing time (only whether a certificate has since expired depends on it).</summary>
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly SignatureFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Signatures", "Fixtures", name));

    /// <summary>The test CA of the fixtures as the deployment's only anchor.</summary>
    public static TrustAnchors Anchors => new([X509CertificateLoader.LoadCertificate(Fixture("ltv-root.cer"))]);

    private static PdfVerification Verify(byte[] pdf) => PdfSignatureVerifier.Verify(pdf, Now, Anchors);

    [Fact]
    public async Task A_DSS_appended_by_PDFBox_is_accepted_the_signature_stays_valid_and_the_data_is_counted()
    {
        var signed = Verify(Fixture("ltv-signed.pdf"));
        Assert.True(signed.IsValid, signed.Message);
        Assert.Equal(SignatureTrust.Valid, signed.Trust);
        Assert.Null(signed.LongTermValidation);

        var verification = Verify(Fixture("ltv-dss.pdf"));
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(SignatureTrust.Valid, verification.Trust);
        var ltv = Assert.IsType<LongTermValidationData>(verification.LongTermValidation);
        Assert.Equal((2, 1, 0, 1), (ltv.Certificates, ltv.Crls, ltv.OcspResponses, ltv.Updates));
        Assert.Equal("Có dữ liệu kiểm tra dài hạn (DSS): 2 chứng thư, 1 CRL, 0 OCSP", ltv.Text);
        Assert.Contains(ltv.CertificateData, c => c.AsSpan().SequenceEqual(Fixture("ltv-root.cer")));
        Assert.False(verification.LastSignature!.CoversWholeFile);

        // Without the anchor the same file is intact and undetermined, never valid.
        Assert.Equal(SignatureTrust.Undetermined, PdfSignatureVerifier.Verify(Fixture("ltv-dss.pdf"), Now).Trust);

        // pdfsig: the signature is valid, and it says the document is not totally signed (the DSS follows it).
        var report = await PdfTools.RunAsync("pdfsig", _files.Write("ltv-dss.pdf", Fixture("ltv-dss.pdf")));
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Not total document signed", report, StringComparison.Ordinal);
        var before = await PdfTools.RunAsync("pdfsig", _files.Write("ltv-signed.pdf", Fixture("ltv-signed.pdf")));
        Assert.Contains("Total document signed", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_DSS_updates_in_a_row_are_accepted_and_the_same_certificate_counts_once()
    {
        var verification = Verify(Fixture("ltv-dss-twice.pdf"));

        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(SignatureTrust.Valid, verification.Trust);
        var ltv = verification.LongTermValidation!;
        Assert.Equal((2, 1, 0, 2), (ltv.Certificates, ltv.Crls, ltv.OcspResponses, ltv.Updates));
    }

    [Fact]
    public void A_DSS_update_that_also_adds_an_annotation_is_refused_naming_what_else_it_adds()
    {
        var verification = Verify(Fixture("ltv-dss-annotation.pdf"));

        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.Equal(SignatureTrust.Invalid, verification.Trust);
        Assert.Null(verification.LongTermValidation);
        Assert.Contains("ngoài dữ liệu kiểm tra dài hạn (DSS), phần này còn", verification.Message, StringComparison.Ordinal);
        Assert.Contains("ghi lại một trang", verification.Message, StringComparison.Ordinal);
        Assert.Contains("ghi lại cây trang", verification.Message, StringComparison.Ordinal);
        Assert.Contains("thêm hoặc sửa chú thích (annotation) trên trang", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DSS_update_that_also_changes_the_document_information_is_refused()
    {
        var verification = Verify(Fixture("ltv-dss-info.pdf"));

        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.Equal(SignatureTrust.Invalid, verification.Trust);
        Assert.Contains("sửa thông tin tài liệu (/Info, đối tượng 1)", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DSS_stream_that_is_not_a_certificate_is_refused()
    {
        var verification = Verify(Fixture("ltv-dss-garbage.pdf"));

        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.Equal(SignatureTrust.Invalid, verification.Trust);
        Assert.Contains("Có dữ liệu kiểm tra dài hạn (DSS)", verification.Message, StringComparison.Ordinal);
        Assert.Contains("không phải là chứng thư số", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DSS_written_by_hand_with_an_OCSP_response_is_accepted()
    {
        var signed = Fixture("ltv-signed.pdf");
        var size = Size(signed);
        var update = DssUpdate(signed, $"<</Type /DSS /Certs [{size} 0 R] /OCSPs [{size + 1} 0 R]>>", (size, Fixture("ltv-root.cer")), (size + 1, OcspResponse()));

        var verification = Verify(update);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal("Có dữ liệu kiểm tra dài hạn (DSS): 1 chứng thư, 0 CRL, 1 OCSP", verification.LongTermValidation!.Text);

        // An OCSP response listed as a certificate is not one.
        var misfiled = Verify(DssUpdate(signed, $"<</Certs [{size} 0 R]>>", (size, OcspResponse())));
        Assert.Contains("không phải là chứng thư số", misfiled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DSS_stream_that_reuses_an_existing_object_number_is_refused()
    {
        // Object 6 is the page's content stream: a "certificate" written over it would change the page.
        var signed = Fixture("ltv-signed.pdf");
        var verification = Verify(DssUpdate(signed, "<</Certs [6 0 R]>>", (6, Fixture("ltv-root.cer"))));

        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.Contains("ghi đè đối tượng 6 có từ trước bằng dữ liệu DSS", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_DSS_update_that_rewrites_a_certificate_of_the_first_is_checked_again()
    {
        var dss = Fixture("ltv-dss.pdf");
        var certificate = long.Parse(FirstCertificates().Match(Encoding.Latin1.GetString(dss)).Groups[1].Value, CultureInfo.InvariantCulture);

        var same = Verify(DssUpdate(dss, $"<</Certs [{certificate} 0 R]>>", (certificate, Fixture("ltv-root.cer"))));
        Assert.True(same.IsValid, same.Message);
        Assert.Equal(2, same.LongTermValidation!.Updates);

        var rewritten = Verify(DssUpdate(dss, $"<</Certs [{certificate} 0 R]>>", (certificate, "khong phai chung thu"u8.ToArray())));
        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, rewritten.Failure);
        Assert.Contains("không phải là chứng thư số", rewritten.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_that_changes_more_than_the_DSS_is_refused()
    {
        var signed = Fixture("ltv-signed.pdf");
        var size = Size(signed);
        var verification = Verify(DssUpdate(signed, $"<</Certs [{size} 0 R]>> /OpenAction [2 0 R /Fit]", (size, Fixture("ltv-root.cer"))));

        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.Contains("đổi mục lục tài liệu (catalog: /OpenAction)", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DSS_update_whose_cross_references_do_not_follow_the_signed_revision_is_refused()
    {
        var signed = Fixture("ltv-signed.pdf");
        var size = Size(signed);

        // /Prev at the first revision's section would drop the signature's own update from the file a reader sees.
        var firstSection = long.Parse(StartXrefs().Matches(Encoding.Latin1.GetString(signed))[0].Groups[1].Value, CultureInfo.InvariantCulture);
        var skipping = Verify(DssUpdate(signed, $"<</Certs [{size} 0 R]>>", [(size, Fixture("ltv-root.cer"))], previous: firstSection));
        Assert.Contains("không nối tiếp bản đã ký (/Prev)", skipping.Message, StringComparison.Ordinal);

        // An entry that sends an existing object back to an older definition inside the signed part.
        var pointing = Verify(DssUpdate(signed, $"<</Certs [{size} 0 R]>>", [(size, Fixture("ltv-root.cer"))], extraEntry: (6, 15)));
        Assert.Contains("trỏ đối tượng 6 về một vị trí không thuộc phần thêm", pointing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_without_a_DSS_after_the_signature_is_still_refused_as_before()
    {
        var signed = Fixture("ltv-signed.pdf");
        var annotated = signed.Concat(Encoding.ASCII.GetBytes(CertificateChainTests.AnnotationUpdate)).ToArray();

        var verification = Verify(annotated);
        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, verification.Failure);
        Assert.StartsWith("Có dữ liệu được thêm vào sau chữ ký cuối cùng (", verification.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DSS", verification.Message, StringComparison.Ordinal);

        // Nor does a DSS update make a later non-DSS update acceptable.
        var both = Fixture("ltv-dss.pdf").Concat(Encoding.ASCII.GetBytes(CertificateChainTests.AnnotationUpdate)).ToArray();
        var after = Verify(both);
        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, after.Failure);
        Assert.Equal(SignatureTrust.Invalid, after.Trust);
    }

    [Fact]
    public void A_damaged_DSS_update_never_throws_and_is_accepted_only_as_validation_data()
    {
        var signed = Fixture("ltv-signed.pdf");
        var dss = Fixture("ltv-dss.pdf");
        var accepted = 0;
        var text = Encoding.Latin1.GetString(dss);
        var inStream = new bool[dss.Length];
        foreach (Match data in StreamData().Matches(text, signed.Length))
        {
            Array.Fill(inStream, true, data.Index, data.Length);
        }

        for (var at = signed.Length; at < dss.Length; at++)
        {
            // Every byte of the syntax and every 8th of the compressed data flipped; cut short every 16 bytes (with an
            // end marker, as a truncated download might be repaired).
            if (inStream[at] && at % 8 != 0)
            {
                continue;
            }

            foreach (var damaged in at % 16 == 0 ? [Flipped(dss, at), [.. dss.AsSpan(0, at), .. "\n%%EOF\n"u8]] : new[] { Flipped(dss, at) })
            {
                // The DSS reader alone (the signature check before it is the same for every variant and dear).
                var contents = SignatureDictionaryScanner.Scan(damaged, PdfSignatureVerifier.MaxSignatures).Signatures.Select(s => s.ContentsHex);
                var analysis = LongTermValidation.Read(damaged, signed.Length, contents, PdfParseBudget.Default);
                Assert.True(analysis.Data is null || analysis.Refusal is null);
                accepted += analysis.Data is null ? 0 : 1;
            }
        }

        // Some bytes do not matter (a digit of the /TU date, a space): those variants are still only validation data.
        Assert.InRange(accepted, 1, dss.Length - signed.Length);
        // A digit of startxref changed: the update no longer points at its own section.
        Assert.Equal(PdfVerificationFailure.DataAfterLastSignature, Verify(Flipped(dss, dss.Length - 9)).Failure);
    }

    private static byte[] Flipped(byte[] pdf, int at)
    {
        var copy = (byte[])pdf.Clone();
        copy[at] ^= 0x01;
        return copy;
    }

    /// <summary>A structurally complete OCSP response (successful, id-pkix-ocsp-basic); its signature is not checked.</summary>
    public static byte[] OcspResponse()
    {
        var basic = new AsnWriter(AsnEncodingRules.DER);
        using (basic.PushSequence())
        {
            using (basic.PushSequence())
            {
                basic.WriteGeneralizedTime(new DateTimeOffset(2026, 3, 12, 3, 0, 0, TimeSpan.Zero));
            }

            using (basic.PushSequence())
            {
                basic.WriteObjectIdentifier("1.2.840.113549.1.1.11");
            }

            basic.WriteBitString(new byte[32]);
        }

        var response = new AsnWriter(AsnEncodingRules.DER);
        using (response.PushSequence())
        {
            response.WriteEnumeratedValue(OcspStatus.Successful);
            using (response.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
            using (response.PushSequence())
            {
                response.WriteObjectIdentifier("1.3.6.1.5.5.7.48.1.1");
                response.WriteOctetString(basic.Encode());
            }
        }

        return response.Encode();
    }

    private enum OcspStatus
    {
        Successful = 0,
    }

    public static long Size(byte[] pdf) => long.Parse(Sizes().Matches(Encoding.Latin1.GetString(pdf))[^1].Groups[1].Value, CultureInfo.InvariantCulture);

    private static byte[] DssUpdate(byte[] signed, string dss, params (long Number, byte[] Data)[] streams) => DssUpdate(signed, dss, streams, null, null);

    /// <summary>
    /// An incremental update as a DSS tool writes it: the catalog again with /DSS, the streams, a table with /Prev.
    /// <paramref name="dss"/> is the /DSS value, optionally followed by other catalog entries.
    /// </summary>
    public static byte[] DssUpdate(byte[] pdf, string dss, (long Number, byte[] Data)[] streams, long? previous = null, (long Number, long Offset)? extraEntry = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var root = long.Parse(Roots().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var prev = previous ?? long.Parse(StartXrefs().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var info = Infos().Matches(text) is { Count: > 0 } infos ? $" /Info {infos[^1].Groups[1].Value}" : "";
        var header = $"\n{root} 0 obj";
        var catalogStart = text.LastIndexOf(header, StringComparison.Ordinal) + header.Length;
        var catalog = ExistingDss().Replace(text[catalogStart..text.IndexOf("endobj", catalogStart, StringComparison.Ordinal)].Trim(), "");
        Assert.EndsWith(">>", catalog, StringComparison.Ordinal);

        var output = new MemoryStream();
        output.Write(pdf);
        var offsets = new SortedDictionary<long, long>();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        offsets[root] = output.Position;
        Write($"{root} 0 obj\n{catalog[..^2]} /DSS {dss}>>\nendobj\n");
        foreach (var (number, data) in streams)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n<</Length {data.Length}>>\nstream\n");
            output.Write(data);
            Write("\nendstream\nendobj\n");
        }

        if (extraEntry is { } extra)
        {
            offsets[extra.Number] = extra.Offset;
        }

        var xref = output.Position;
        Write("xref\n0 1\n0000000000 65535 f\r\n");
        foreach (var (number, offset) in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n\r\n"));
        }

        var size = Math.Max(Size(pdf), offsets.Keys.Max() + 1);
        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<</Size {size} /Root {root} 0 R{info} /Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    [GeneratedRegex(@"(?<=stream\n).*?(?=\nendstream)", RegexOptions.Singleline)]
    private static partial Regex StreamData();

    [GeneratedRegex(@"/DSS \d+ \d+ R")]
    private static partial Regex ExistingDss();

    [GeneratedRegex(@"/Certs \[(\d+) 0 R")]
    private static partial Regex FirstCertificates();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex Roots();

    [GeneratedRegex(@"/Info (\d+ \d+ R)")]
    private static partial Regex Infos();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefs();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex Sizes();
}
