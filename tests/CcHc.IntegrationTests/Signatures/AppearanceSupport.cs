using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>
/// What the appearance tests read a signed PDF with: poppler's render (pdftoppm, PPM) for pixels, pdftotext -bbox-layout
/// for where words sit, the widget's /Rect and page from the appended update, and a small PNG encoder for test seals.
/// </summary>
public static partial class AppearanceSupport
{
    /// <summary>A PDF rectangle, origin at the lower left (points).</summary>
    public sealed record Box(double Left, double Bottom, double Right, double Top)
    {
        public bool Contains(Box other, double slack = 1) =>
            other.Left >= Left - slack && other.Right <= Right + slack && other.Bottom >= Bottom - slack && other.Top <= Top + slack;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0.#} {Bottom:0.#} {Right:0.#} {Top:0.#}]");
    }

    /// <summary>A word as pdftotext -bbox places it, converted to PDF coordinates.</summary>
    public sealed record Word(int Page, string Text, Box Box);

    /// <summary>The rendered page: RGB pixels at <see cref="Scale"/> pixels per point.</summary>
    public sealed class Render(int width, int height, byte[] rgb, double scale, double pageHeight)
    {
        public double Scale => scale;

        /// <summary>How many pixels inside the PDF rectangle satisfy <paramref name="colour"/>.</summary>
        public int Count(Box box, Func<byte, byte, byte, bool> colour)
        {
            var count = 0;
            var (x0, x1) = ((int)Math.Floor(box.Left * scale), (int)Math.Ceiling(box.Right * scale));
            var (y0, y1) = ((int)Math.Floor((pageHeight - box.Top) * scale), (int)Math.Ceiling((pageHeight - box.Bottom) * scale));
            for (var y = Math.Max(0, y0); y < Math.Min(height, y1); y++)
            {
                for (var x = Math.Max(0, x0); x < Math.Min(width, x1); x++)
                {
                    var i = ((y * width) + x) * 3;
                    if (colour(rgb[i], rgb[i + 1], rgb[i + 2]))
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }

    public static bool Red(byte r, byte g, byte b) => r > 170 && g < 110 && b < 110;

    public static bool Green(byte r, byte g, byte b) => g > 120 && r < 90 && b < 90;

    /// <summary>Page <paramref name="page"/> rendered by pdftoppm at 144 dpi (2 pixels per point).</summary>
    public static async Task<Render> RenderAsync(SignatureFiles files, byte[] pdf, int page, double pageHeight)
    {
        var name = $"render-{Guid.NewGuid():N}";
        var path = files.Write(name + ".pdf", pdf);
        var (exit, _, error) = await SignatureFiles.RunAsync("pdftoppm", "-r", "144", "-f", $"{page}", "-l", $"{page}", "-singlefile", path, files.PathOf(name));
        Assert.True(exit == 0, error);
        var ppm = await File.ReadAllBytesAsync(files.PathOf(name + ".ppm"));

        // P6 <width> <height> <max>\n then RGB bytes.
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)ppm[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)ppm[at]))
            {
                at++;
            }

            fields.Add(Encoding.ASCII.GetString(ppm, start, at - start));
        }

        Assert.Equal("P6", fields[0]);
        var (width, height) = (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
        return new Render(width, height, ppm[(at + 1)..], 2, pageHeight);
    }

    /// <summary>Every word of the file with its page and box (pdftotext -bbox, whose y grows downwards, turned into PDF space).</summary>
    public static async Task<IReadOnlyList<Word>> WordsAsync(SignatureFiles files, byte[] pdf)
    {
        var path = files.Write($"words-{Guid.NewGuid():N}.pdf", pdf);
        var (exit, html, error) = await SignatureFiles.RunAsync("pdftotext", "-bbox", path, "-");
        Assert.True(exit == 0, error);
        var document = XDocument.Parse(DoctypePattern().Replace(html, string.Empty));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var words = new List<Word>();
        var number = 0;
        foreach (var page in document.Descendants(x + "page"))
        {
            number++;
            var height = Number(page, "height");
            foreach (var word in page.Elements(x + "word"))
            {
                words.Add(new Word(number, word.Value, new Box(Number(word, "xMin"), height - Number(word, "yMax"), Number(word, "xMax"), height - Number(word, "yMin"))));
            }
        }

        return words;
    }

    /// <summary>The signature widget the last update added: its page (1-based, the page whose /Annots holds it) and /Rect.</summary>
    public static (int Page, Box Rect) Widget(byte[] signedPdf, byte[] exportPdf)
    {
        var update = Encoding.Latin1.GetString(signedPdf, exportPdf.Length, signedPdf.Length - exportPdf.Length);
        var widget = WidgetPattern().Match(update);
        Assert.True(widget.Success, "no signature widget in the update");
        var rect = widget.Groups["rect"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var box = new Box(rect[0], rect[1], rect[2], rect[3]);
        using var document = UglyToad.PdfPig.PdfDocument.Open(signedPdf);
        var pages = Enumerable.Range(1, document.NumberOfPages)
            .Where(n => document.GetPage(n).GetAnnotations().Any(a =>
                a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget && Math.Abs(a.Rectangle.Left - box.Left) < 0.01 && Math.Abs(a.Rectangle.Top - box.Top) < 0.01))
            .ToList();
        Assert.Single(pages);
        return (pages[0], box);
    }

    /// <summary>An 8-bit RGBA PNG of <paramref name="size"/>² pixels: a ring of <paramref name="colour"/> on transparency.</summary>
    public static byte[] RingPng(int size, (byte R, byte G, byte B) colour, bool interlaced = false)
    {
        var raw = new MemoryStream();
        var centre = (size - 1) / 2.0;
        var previous = new byte[size * 4];
        for (var y = 0; y < size; y++)
        {
            raw.WriteByte((byte)(y % 5)); // every filter type in turn
            var row = new byte[size * 4];
            for (var x = 0; x < size; x++)
            {
                var distance = Math.Sqrt(((x - centre) * (x - centre)) + ((y - centre) * (y - centre)));
                var inRing = distance < size / 2.0 && distance > size * 0.3;
                var inDot = distance < size * 0.12;
                if (inRing || inDot)
                {
                    (row[x * 4], row[(x * 4) + 1], row[(x * 4) + 2], row[(x * 4) + 3]) = (colour.R, colour.G, colour.B, 255);
                }
            }

            raw.Write(Filter(row, previous, (byte)(y % 5), 4));
            previous = row;
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)size);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)size);
        (header[8], header[9], header[12]) = (8, 6, (byte)(interlaced ? 1 : 0));
        return Png(header, raw.ToArray());
    }

    /// <summary>The PNG with its IHDR's bit depth and colour type changed (the chunk's CRC recomputed, so only the header's meaning is wrong).</summary>
    public static byte[] WithHeader(byte[] png, byte bitDepth, byte colourType)
    {
        var copy = (byte[])png.Clone();
        (copy[8 + 8 + 8], copy[8 + 8 + 9]) = (bitDepth, colourType);
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(8 + 8 + 13), Crc(copy[12..(8 + 8 + 13)]));
        return copy;
    }

    private static byte[] Filter(byte[] row, byte[] previous, byte type, int bpp)
    {
        var output = new byte[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
            var predictor = type switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) >> 1,
                _ => Paeth(a, b, c),
            };
            output[i] = (byte)(row[i] - predictor);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Png(byte[] header, byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR", header);
        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        output.Write(buffer);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc(body));
        output.Write(buffer);
    }

    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<!DOCTYPE[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex DoctypePattern();

    [GeneratedRegex(@"/Subtype /Widget /FT /Sig .*?/P (?<page>\d+) 0 R /Rect \[(?<rect>[^\]]+)\]", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex WidgetPattern();
}
