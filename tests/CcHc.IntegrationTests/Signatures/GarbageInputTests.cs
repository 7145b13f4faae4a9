using System.Text;
using CcHc.Infrastructure.Signatures;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>Whatever is uploaded, the verifier answers and never throws.</summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class GarbageInputTests(SignedPdfs pdfs)
{
    [Fact]
    public void Random_bytes_with_or_without_a_pdf_header_are_refused_without_an_exception()
    {
        var random = new Random(20260312);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            if (i % 2 == 0)
            {
                bytes = [.. "%PDF-1.7\n/ByteRange ["u8, .. bytes, .. "\n%%EOF\n"u8];
            }

            var verification = PdfSignatureVerifier.Verify(bytes, SignedPdfs.Now);

            Assert.False(verification.IsValid);
            Assert.False(PdfSignatureVerifier.StartsWithRevision(bytes, pdfs.Issued));
        }
    }

    [Fact]
    public void Truncated_and_damaged_copies_of_a_signed_file_are_refused_without_an_exception()
    {
        var signed = pdfs.SignedExport;
        var random = new Random(7);
        for (var i = 0; i < 150; i++)
        {
            var truncated = signed[..random.Next(0, signed.Length)];
            Assert.False(PdfSignatureVerifier.Verify(truncated, SignedPdfs.Now).IsValid);

            var damaged = (byte[])signed.Clone();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            _ = PdfSignatureVerifier.Verify(damaged, SignedPdfs.Now);
        }

        // Each byte around the signature dictionary and the start of the CMS hex replaced in turn by a PDF delimiter:
        // whatever the parse, a change inside the signed range is never accepted.
        var gapStart = PdfSignatureVerifier.Verify(signed, SignedPdfs.Now).LastSignature!.ByteRange[1];
        var dictionary = SignatureFiles.IndexOf(signed, "/Type /Sig");
        for (var at = dictionary - 20; at < dictionary + 400; at++)
        {
            var damaged = (byte[])signed.Clone();
            damaged[at] = (byte)"]>)0/ [<(x\0"[at % 11];
            if (damaged[at] == signed[at])
            {
                continue;
            }

            var verification = PdfSignatureVerifier.Verify(damaged, SignedPdfs.Now);
            if (at < gapStart)
            {
                Assert.False(verification.IsValid, $"byte {at} changed, still accepted");
            }
        }
    }

    [Theory]
    [InlineData("/ByteRange")]
    [InlineData("/ByteRange [")]
    [InlineData("/ByteRange [0 1 2]")]
    [InlineData("/ByteRange [0 1 2 3 4]")]
    [InlineData("/ByteRange [0 -5 2 3]")]
    [InlineData("/ByteRange [0 1.5 2 3]")]
    [InlineData("/ByteRange [0 99999999999999999999 1 2]")]
    [InlineData("/ByteRange [0 9 12 20] /Contents <zz>")]
    [InlineData("/ByteRange [0 30 40 2]")]
    [InlineData("1 0 obj << /ByteRange [0 48 52 12] /Contents <00> >> endobj")]
    [InlineData("1 0 obj << /Contents <> /ByteRange [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ >> endobj")]
    [InlineData("1 0 obj << /Contents (((((((((( /ByteRange [0 1 2 3] endobj")]
    public void Hand_made_broken_signature_dictionaries_are_refused_without_an_exception(string body)
    {
        var bytes = Encoding.ASCII.GetBytes($"%PDF-1.7\n{body}\n%%EOF\n");

        var verification = PdfSignatureVerifier.Verify(bytes, SignedPdfs.Now);

        Assert.True(verification.IsPdf);
        Assert.False(verification.IsValid);
        Assert.NotNull(verification.Message);
    }

    [Fact]
    public void More_signatures_than_the_cap_are_not_examined()
    {
        var many = new StringBuilder("%PDF-1.7\n");
        for (var i = 0; i <= PdfSignatureVerifier.MaxSignatures; i++)
        {
            many.Append("/ByteRange [0 1 2 3]\n");
        }

        var verification = PdfSignatureVerifier.Verify(Encoding.ASCII.GetBytes(many.Append("%%EOF\n").ToString()), SignedPdfs.Now);

        Assert.Equal(PdfVerificationFailure.TooManySignatures, verification.Failure);
    }

    [Fact]
    public void Text_comparison_of_garbage_is_false_without_an_exception()
    {
        var random = new Random(3);
        var noise = new byte[2048];
        random.NextBytes(noise);

        Assert.False(PdfText.SameText(noise, pdfs.Issued));
        Assert.False(PdfText.SameText([.. "%PDF-1.4\n"u8, .. noise], pdfs.Issued));
        Assert.False(PdfText.SameText(pdfs.SignedExport[..(pdfs.Issued.Length / 3)], pdfs.Issued)); // cut inside the export
    }
}
