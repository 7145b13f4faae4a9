using System.Globalization;
using System.Text;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The visible signature of Nghị định 30 (Phụ lục I): the organisation's seal in red — the commune's uploaded seal image,
/// else a drawn one (two red rings, the organisation's name around the top, a star in the middle) — with the
/// signature's lines ("Ký bởi", "Cơ quan", "Thời gian ký" …) to its right, the seal overlapping about the left third of
/// them. Drawn with an embedded TrueType font (Identity-H, glyph ids as character codes, a /W array and a ToUnicode
/// map so that the text can be copied and extracted). The seal image, when there is one, is the form's /Seal XObject.
/// </summary>
internal sealed class SignatureStamp
{
    /// <summary>The width of the box at the page foot, where no signer block was found.</summary>
    public const double FallbackWidth = 240;

    public const double FallbackHeight = 84;

    private const double MaxFontSize = 9;
    private const double MinFontSize = 6;
    private const double LineFactor = 1.28;
    private const double Padding = 2;
    private const double MaxSeal = 96; // about 34 mm
    private const int MaxLines = 8;
    private const string TextColour = "0.1 0.2 0.55";
    private const string SealColour = "0.86 0.05 0.05";

    private readonly TrueTypeFont _font;
    private readonly SortedDictionary<int, string> _text = [];
    private readonly List<int[]> _lines;
    private readonly int[] _sealText;
    private readonly bool _sealImage;
    private readonly double _fontSize;
    private readonly double _seal;
    private readonly double _sealLeft;
    private readonly double _textLeft;

    private SignatureStamp(TrueTypeFont font, IReadOnlyList<string> lines, double width, double height, string sealText, bool sealImage)
    {
        _font = font;
        Width = width;
        Height = height;
        _sealImage = sealImage;
        _seal = Math.Min(Math.Min(height, MaxSeal), width / 2.2);

        // The largest font size at which every line fits unbroken beside the seal, overlapping it by a third of the
        // text's width (at most 60 % of the seal); at the smallest size the lines are wrapped.
        var textLines = lines.Select(l => l.Normalize(NormalizationForm.FormC)).ToList();
        double size = MaxFontSize, textWidth = 0;
        for (; size > MinFontSize; size -= 0.5)
        {
            textWidth = textLines.Max(l => Measure(l, size));
            if (Total(textWidth) <= width - (2 * Padding) && textLines.Count * size * LineFactor <= height - (2 * Padding))
            {
                break;
            }
        }

        _fontSize = Math.Max(size, MinFontSize);
        var available = width - (2 * Padding) - (_seal * 0.4);
        var wrapped = textLines.SelectMany(l => Wrap(l, available)).Take(MaxLines).ToList();
        textWidth = Math.Min(wrapped.Max(l => Measure(l, _fontSize)), available);
        var total = Total(textWidth);
        _sealLeft = Math.Max(Padding, (width - total) / 2);
        _textLeft = _sealLeft + _seal - Overlap(textWidth);
        _lines = [.. wrapped.Select(Glyphs)];
        _sealText = sealImage ? [] : Glyphs(sealText.Normalize(NormalizationForm.FormC).ToUpper(CultureInfo.GetCultureInfo("vi-VN")));
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The seal's square in the form's space: left, bottom, side.</summary>
    public (double Left, double Bottom, double Side) Seal => (_sealLeft, (Height - _seal) / 2, _seal);

    public static SignatureStamp Layout(TrueTypeFont font, IReadOnlyList<string> lines, double width, double height, string sealText, bool sealImage) =>
        new(font, lines, width, height, sealText, sealImage);

    private double Overlap(double textWidth) => Math.Min(textWidth / 3, _seal * 0.6);

    private double Total(double textWidth) => _seal + textWidth - Overlap(textWidth);

    /// <summary>
    /// The content stream of the appearance form XObject (BBox 0 0 Width Height), font resource /F1, the seal image
    /// (when there is one) /Seal.
    /// </summary>
    public byte[] AppearanceContent(double imageWidth = 1, double imageHeight = 1)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var (sealLeft, sealBottom, side) = Seal;
        if (_sealImage)
        {
            // The image kept in proportion, centred in the seal's square.
            var scale = side / Math.Max(imageWidth, imageHeight);
            var (w, h) = (imageWidth * scale, imageHeight * scale);
            text.Append(c, $"q {N(w)} 0 0 {N(h)} {N(sealLeft + ((side - w) / 2))} {N(sealBottom + ((side - h) / 2))} cm /Seal Do Q\n");
        }
        else
        {
            DrawSeal(text, sealLeft + (side / 2), sealBottom + (side / 2), side / 2);
        }

        var leading = _fontSize * LineFactor;
        var block = ((_lines.Count - 1) * leading) + (_fontSize * 0.9);
        var baseline = ((Height + block) / 2) - (_fontSize * 0.9) + (_fontSize * 0.2);
        text.Append(c, $"BT {TextColour} rg /F1 {N(_fontSize)} Tf\n");
        foreach (var line in _lines)
        {
            text.Append(c, $"1 0 0 1 {N(_textLeft)} {N(baseline)} Tm ");
            Show(text, line);
            baseline -= leading;
        }

        text.Append("ET\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A drawn seal: two red rings, the organisation's name in capitals around the upper part, a star in the centre.</summary>
    private void DrawSeal(StringBuilder content, double cx, double cy, double radius)
    {
        var c = CultureInfo.InvariantCulture;
        var outer = radius - 1;
        var inner = radius * 0.68;
        content.Append(c, $"q {SealColour} RG {SealColour} rg 1.8 w ");
        Circle(content, cx, cy, outer);
        content.Append("S 0.7 w ");
        Circle(content, cx, cy, inner);
        content.Append("S ");
        Star(content, cx, cy, inner * 0.42);
        content.Append("f Q\n");
        if (_sealText.Length == 0)
        {
            return;
        }

        // The name along the ring, centred on the top, read left to right: each glyph rotated to the tangent.
        var ring = (outer + inner) / 2;
        var size = (outer - inner) * 0.62;
        var baselineRadius = ring - (size * 0.33);
        var advances = _sealText.Select(g => _font.WidthOf(g) / 1000).ToArray();
        var spacing = 0.08;
        var length = (advances.Sum() + (spacing * (advances.Length - 1))) * size;
        var maxArc = baselineRadius * Math.PI * 1.6; // at most 288°
        if (length > maxArc)
        {
            size *= maxArc / length;
            length = maxArc;
        }

        var start = (Math.PI / 2) + (length / baselineRadius / 2);
        var along = 0.0;
        // The name is part of the seal's picture, not text to extract: an empty /ActualText keeps it out of pdftotext
        // and copy-paste, where its rotated letters would fall between the signature's lines.
        content.Append(c, $"/Span <</ActualText ()>> BDC BT {SealColour} rg /F1 {N(size)} Tf\n");
        for (var i = 0; i < _sealText.Length; i++)
        {
            var advance = advances[i] * size;
            var theta = start - ((along + (advance / 2)) / baselineRadius);
            var phi = theta - (Math.PI / 2);
            var (cos, sin) = (Math.Cos(phi), Math.Sin(phi));
            var x = cx + (baselineRadius * Math.Cos(theta)) - (advance / 2 * cos);
            var y = cy + (baselineRadius * Math.Sin(theta)) - (advance / 2 * sin);
            content.Append(c, $"{N(cos)} {N(sin)} {N(-sin)} {N(cos)} {N(x)} {N(y)} Tm ");
            Show(content, [_sealText[i]]);
            along += advance + (spacing * size);
        }

        content.Append("ET EMC\n");
    }

    private static void Circle(StringBuilder content, double cx, double cy, double r)
    {
        const double k = 0.5523; // four Bézier quarter-circles
        var c = CultureInfo.InvariantCulture;
        var d = r * k;
        content.Append(c, $"{N(cx + r)} {N(cy)} m ");
        content.Append(c, $"{N(cx + r)} {N(cy + d)} {N(cx + d)} {N(cy + r)} {N(cx)} {N(cy + r)} c ");
        content.Append(c, $"{N(cx - d)} {N(cy + r)} {N(cx - r)} {N(cy + d)} {N(cx - r)} {N(cy)} c ");
        content.Append(c, $"{N(cx - r)} {N(cy - d)} {N(cx - d)} {N(cy - r)} {N(cx)} {N(cy - r)} c ");
        content.Append(c, $"{N(cx + d)} {N(cy - r)} {N(cx + r)} {N(cy - d)} {N(cx + r)} {N(cy)} c h ");
    }

    private static void Star(StringBuilder content, double cx, double cy, double r)
    {
        var c = CultureInfo.InvariantCulture;
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? r : r * 0.4;
            var angle = (Math.PI / 2) + (i * Math.PI / 5);
            content.Append(c, $"{N(cx + (radius * Math.Cos(angle)))} {N(cy + (radius * Math.Sin(angle)))} {(i == 0 ? "m" : "l")} ");
        }

        content.Append("h ");
    }

    private static void Show(StringBuilder content, IEnumerable<int> glyphs)
    {
        content.Append('<');
        foreach (var glyph in glyphs)
        {
            content.Append(CultureInfo.InvariantCulture, $"{glyph:X4}");
        }

        content.Append("> Tj\n");
    }

    private static string N(double value) => PdfObjectWriter.Number(Math.Round(value, 3));

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

    private double Measure(string text, double size) =>
        text.EnumerateRunes().Sum(r => _font.WidthOf(_font.GlyphOf(r.Value) is var g and > 0 ? g : _font.GlyphOf('?'))) * size / 1000;

    /// <summary>The line broken at spaces (inside a word when one word is too long) to fit <paramref name="available"/>.</summary>
    private IEnumerable<string> Wrap(string line, double available)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Measure(candidate, _fontSize) <= available)
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
            while (Measure(rest, _fontSize) > available && rest.Length > 1)
            {
                var cut = rest.Length - 1;
                while (cut > 1 && Measure(rest[..cut], _fontSize) > available)
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
