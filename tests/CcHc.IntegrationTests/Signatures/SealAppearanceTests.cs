using System.Globalization;
using System.Text;
using CcHc.Infrastructure.Signatures;
using static CcHc.IntegrationTests.Signatures.AppearanceSupport;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// The seal's two halves on their own: CcHc's PNG decoder against libpng's output (pdftoppm writes the same page as PNG
/// and as PPM/PGM), and the signature's fallback place — a file without a signer block ("Nơi nhận:" and the signer's
/// title and name) is signed at the foot of its last page, with the drawn red seal.
/// </summary>
[Collection(SharedSignatureFiles.Name)]
public sealed class SealAppearanceTests(SignedPdfs pdfs) : IDisposable
{
    private readonly SignatureFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("-png", "ppm", 3)]
    [InlineData("-gray", "pgm", 1)]
    public async Task A_png_written_by_libpng_decodes_to_the_same_pixels_as_its_netpbm_twin(string option, string extension, int channels)
    {
        var pdf = _files.Write("page.pdf", pdfs.Issued);
        var pngArguments = option == "-png" ? new[] { "-png" } : ["-gray", "-png"];
        await Run("pdftoppm", [.. pngArguments, "-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf, _files.PathOf("png")]);
        await Run("pdftoppm", [.. option == "-png" ? Array.Empty<string>() : ["-gray"], "-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf, _files.PathOf("netpbm")]);

        var image = PngImage.Decode(await File.ReadAllBytesAsync(_files.PathOf("png.png")));
        var (width, height, samples) = Netpbm(await File.ReadAllBytesAsync(_files.PathOf($"netpbm.{extension}")));

        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Null(image.Alpha);
        var expected = channels == 3 ? samples : [.. samples.SelectMany(v => new[] { v, v, v })];
        Assert.Equal(expected, image.Rgb);
        Assert.Contains(image.Rgb, v => v < 100); // the page's text, not a blank page
    }

    [Theory]
    [InlineData(16, 6, "Ảnh PNG dạng này (kiểu màu 6, 16 bit) chưa được hỗ trợ")]
    [InlineData(1, 0, "Ảnh PNG dạng này (kiểu màu 0, 1 bit) chưa được hỗ trợ")]
    [InlineData(8, 5, "Ảnh PNG dạng này (kiểu màu 5, 8 bit) chưa được hỗ trợ")]
    public void An_exotic_png_is_refused_in_vietnamese(byte bitDepth, byte colourType, string message)
    {
        var refusal = Assert.Throws<InvalidDataException>(() => PngImage.Decode(WithHeader(RingPng(20, (200, 0, 0)), bitDepth, colourType)));
        Assert.StartsWith(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rgba_png_keeps_its_colour_and_its_transparency()
    {
        var image = PngImage.Decode(RingPng(50, (0, 170, 40)));

        Assert.Equal((50, 50), (image.Width, image.Height));
        Assert.NotNull(image.Alpha);
        Assert.Equal(0, image.Alpha![0]); // the corner: transparent
        var centre = (25 * 50) + 25;
        Assert.Equal(255, image.Alpha[centre]);
        Assert.Equal(new byte[] { 0, 170, 40 }, image.Rgb[(centre * 3)..((centre * 3) + 3)]);
    }

    [Fact]
    public async Task A_file_without_a_signer_block_is_signed_at_the_foot_of_its_last_page_with_the_drawn_seal()
    {
        var (page, rect) = Widget(pdfs.SignedExport, pdfs.Issued);

        Assert.Equal(2, page); // the test plan's block has no "Nơi nhận:": nothing to place the signature in
        Assert.Equal(62, rect.Bottom, 1);
        Assert.Equal(595 - 42.5, rect.Right, 0);
        var render = await RenderAsync(_files, pdfs.SignedExport, page, 842);
        Assert.True(render.Count(rect, Red) > 300, "no drawn seal at the page foot");
        var words = (await WordsAsync(_files, pdfs.SignedExport)).Where(w => w.Page == page && rect.Contains(w.Box)).Select(w => w.Text);
        Assert.Contains("Thời gian ký: 12/03/2026 10:15:30", string.Join(" ", words), StringComparison.Ordinal);
    }

    private static async Task Run(string tool, string[] arguments)
    {
        var (exit, _, error) = await SignatureFiles.RunAsync(tool, arguments);
        Assert.True(exit == 0, error);
    }

    /// <summary>A binary PPM (P6) or PGM (P5): width, height and the samples.</summary>
    private static (int Width, int Height, byte[] Samples) Netpbm(byte[] file)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            fields.Add(Encoding.ASCII.GetString(file, start, at - start));
        }

        return (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture), file[(at + 1)..]);
    }
}
