using System.Globalization;
using System.Text;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The visible signature box: lines of Vietnamese text wrapped to a fixed width inside a thin border, drawn with an
/// embedded TrueType font (Identity-H, glyph ids as character codes, a /W array and a ToUnicode map so that the text
/// can be copied and extracted).
/// </summary>
internal sealed class SignatureStamp
{
    public const double Width = 240;
    private const double FontSize = 9;
    private const double Leading = 11.5;
    private const double Padding = 6;
    private const int MaxLines = 8;
    private const string Colour = "0.1 0.2 0.55";

    private readonly TrueTypeFont _font;
    private readonly List<int[]> _lines;
    private readonly SortedDictionary<int, string> _text = [];

    private SignatureStamp(TrueTypeFont font, IEnumerable<string> lines)
    {
        _font = font;
        _lines = [.. lines.SelectMany(Wrap).Take(MaxLines).Select(Glyphs)];
        Height = Math.Round((2 * Padding) + ((_lines.Count - 1) * Leading) + ((font.Ascent - font.Descent) * FontSize / font.UnitsPerEm), 2);
    }

    public double Height { get; }

    public static SignatureStamp Layout(TrueTypeFont font, IEnumerable<string> lines) => new(font, lines);

    /// <summary>The content stream of the appearance form XObject (BBox 0 0 Width Height), font resource /F1.</summary>
    public byte[] AppearanceContent()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"q {Colour} RG 0.8 w 0.4 0.4 {PdfObjectWriter.Number(Width - 0.8)} {PdfObjectWriter.Number(Height - 0.8)} re S Q\n");
        text.Append(c, $"BT {Colour} rg /F1 {PdfObjectWriter.Number(FontSize)} Tf\n");
        var baseline = Height - Padding - (_font.Ascent * FontSize / _font.UnitsPerEm);
        foreach (var line in _lines)
        {
            text.Append(c, $"1 0 0 1 {PdfObjectWriter.Number(Padding)} {PdfObjectWriter.Number(Math.Round(baseline, 3))} Tm <");
            foreach (var glyph in line)
            {
                text.Append(c, $"{glyph:X4}");
            }

            text.Append("> Tj\n");
            baseline -= Leading;
        }

        text.Append("ET\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>The /W array of the CIDFont: the width of every glyph used.</summary>
    public string WidthArray() =>
        "[" + string.Join(" ", _text.Keys.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g} [{PdfObjectWriter.Number(Math.Round(_font.WidthOf(g), 3))}]"))) + "]";

    /// <summary>The ToUnicode CMap: glyph id → the text it stands for.</summary>
    public byte[] ToUnicode()
    {
        var map = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """);
        foreach (var chunk in _text.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("""
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end

            """);
        return Encoding.ASCII.GetBytes(map.ToString());
    }

    /// <summary>The font file reduced to the glyphs of this box.</summary>
    public byte[] FontFile() => _font.Subset(_text.Keys);

    private int[] Glyphs(string line)
    {
        var glyphs = new List<int>();
        foreach (var rune in line.EnumerateRunes())
        {
            var glyph = _font.GlyphOf(rune.Value);
            var text = rune.ToString();
            if (glyph == 0)
            {
                glyph = _font.GlyphOf('?');
                text = "?";
            }

            _text.TryAdd(glyph, text);
            glyphs.Add(glyph);
        }

        return [.. glyphs];
    }

    private double Measure(string text) =>
        text.EnumerateRunes().Sum(r => _font.WidthOf(_font.GlyphOf(r.Value) is var g and > 0 ? g : _font.GlyphOf('?'))) * FontSize / 1000;

    /// <summary>The line broken at spaces (inside a word when one word is too long) to fit inside the border.</summary>
    private IEnumerable<string> Wrap(string line)
    {
        var available = Width - (2 * Padding);
        var current = new StringBuilder();
        foreach (var word in line.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Measure(candidate) <= available)
            {
                current.Clear().Append(candidate);
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }

            var rest = word;
            while (Measure(rest) > available)
            {
                var cut = rest.Length - 1;
                while (cut > 1 && Measure(rest[..cut]) > available)
                {
                    cut--;
                }

                yield return rest[..cut];
                rest = rest[cut..];
            }

            current.Append(rest);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
