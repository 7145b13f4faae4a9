using System.Buffers.Binary;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Just enough of a TrueType font to write Vietnamese text into a PDF with it: Unicode → glyph (cmap formats 4 and
/// 12), advance widths, the metrics a font descriptor needs, and a subset that keeps every glyph id but empties the
/// outlines of glyphs not used, so that a CIDFontType2 with /CIDToGIDMap /Identity can embed a few kilobytes instead
/// of the whole file.
/// </summary>
internal sealed class TrueTypeFont
{
    // The tables a TrueType font embedded in a PDF needs (ISO 32000-1, 9.9), plus cmap and OS/2, which are small.
    private static readonly string[] KeptTables = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly int _glyphCount;
    private readonly int _metricCount;
    private readonly bool _longOffsets;
    private readonly Dictionary<int, int> _cmap;

    private TrueTypeFont(byte[] data)
    {
        _data = data;
        _tables = ReadTableDirectory(data);
        var head = Table("head");
        UnitsPerEm = U16(head, 18);
        BoundingBox = [S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42)];
        _longOffsets = S16(head, 50) == 1;
        var hhea = Table("hhea");
        Ascent = S16(hhea, 4);
        Descent = S16(hhea, 6);
        _metricCount = U16(hhea, 34);
        _glyphCount = U16(Table("maxp"), 4);
        CapHeight = _tables.ContainsKey("OS/2") && U16(Table("OS/2"), 0) >= 2 ? S16(Table("OS/2"), 88) : Ascent;
        _cmap = ReadCmap(Table("cmap"));
    }

    public int UnitsPerEm { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public IReadOnlyList<int> BoundingBox { get; }

    public static TrueTypeFont Load(byte[] data)
    {
        try
        {
            return new TrueTypeFont(data);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or KeyNotFoundException)
        {
            throw new InvalidDataException("The font file is not a TrueType font this signer can embed.", e);
        }
    }

    /// <summary>The glyph of a code point, 0 (.notdef) when the font has none.</summary>
    public int GlyphOf(int codePoint) => _cmap.GetValueOrDefault(codePoint);

    /// <summary>Advance width in font units.</summary>
    public int AdvanceOf(int glyph)
    {
        var hmtx = Table("hmtx");
        var index = Math.Min(glyph, _metricCount - 1);
        return U16(hmtx, index * 4);
    }

    /// <summary>Advance width in thousandths of the font size (PDF text space units).</summary>
    public double WidthOf(int glyph) => AdvanceOf(glyph) * 1000.0 / UnitsPerEm;

    /// <summary>The font file with only the given glyphs' outlines (and glyph 0, and composite parts); ids unchanged.</summary>
    public byte[] Subset(IEnumerable<int> glyphs)
    {
        var keep = new HashSet<int> { 0 };
        var pending = new Stack<int>(glyphs.Where(g => g > 0 && g < _glyphCount));
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            foreach (var part in CompositeParts(glyph))
            {
                if (part < _glyphCount && !keep.Contains(part))
                {
                    pending.Push(part);
                }
            }
        }

        using var glyf = new MemoryStream();
        var loca = new byte[(_glyphCount + 1) * 4];
        for (var glyph = 0; glyph < _glyphCount; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyph * 4), (uint)glyf.Length);
            if (keep.Contains(glyph))
            {
                glyf.Write(GlyphData(glyph));
                while (glyf.Length % 4 != 0)
                {
                    glyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(_glyphCount * 4), (uint)glyf.Length);

        var head = Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca offsets

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in KeptTables.Where(_tables.ContainsKey))
        {
            tables[tag] = tag switch
            {
                "glyf" => glyf.ToArray(),
                "loca" => loca,
                "head" => head,
                _ => Table(tag).ToArray(),
            };
        }

        return WriteFont(tables);
    }

    /// <summary>The glyphs a composite glyph is built from (Vietnamese letters are often a base and marks).</summary>
    private List<int> CompositeParts(int glyph)
    {
        var parts = new List<int>();
        var data = GlyphData(glyph);
        if (data.Length < 10 || S16(data, 0) >= 0)
        {
            return parts;
        }

        var position = 10;
        while (position + 4 <= data.Length)
        {
            var flags = U16(data, position);
            parts.Add(U16(data, position + 2));
            position += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            position += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                break;
            }
        }

        return parts;
    }

    private ReadOnlySpan<byte> GlyphData(int glyph)
    {
        var loca = Table("loca");
        int start, end;
        if (_longOffsets)
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]);
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[((glyph + 1) * 4)..]);
        }
        else
        {
            start = U16(loca, glyph * 2) * 2;
            end = U16(loca, (glyph + 1) * 2) * 2;
        }

        var glyf = Table("glyf");
        return end > start && end <= glyf.Length ? glyf[start..end] : [];
    }

    private ReadOnlySpan<byte> Table(string tag)
    {
        var (offset, length) = _tables[tag];
        return _data.AsSpan(offset, length);
    }

    private static Dictionary<string, (int, int)> ReadTableDirectory(byte[] data)
    {
        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version is not 0x00010000 and not 0x74727565)
        {
            throw new ArgumentException("Not a TrueType font (OpenType with CFF outlines is not supported).");
        }

        var count = U16(data, 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (i * 16);
            var tag = System.Text.Encoding.ASCII.GetString(data, record, 4);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12));
            if (offset < 0 || length < 0 || offset + length > data.Length)
            {
                throw new ArgumentException($"Table {tag} lies outside the file.");
            }

            tables[tag] = (offset, length);
        }

        return tables;
    }

    private static Dictionary<int, int> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        int? format4 = null, format12 = null;
        var count = U16(cmap, 2);
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8);
            var (platform, encoding) = (U16(cmap, record), U16(cmap, record + 2));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(record + 4)..]);
            var format = U16(cmap, offset);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 ??= offset;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 ??= offset;
            }
        }

        var map = new Dictionary<int, int>();
        if (format12 is { } f12)
        {
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(f12 + 12)..]);
            for (var g = 0; g < groups; g++)
            {
                var at = f12 + 16 + (g * 12);
                var first = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[at..]);
                var last = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(at + 4)..]);
                var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(at + 8)..]);
                for (var c = first; c <= last && c <= 0x10FFFF; c++)
                {
                    map[c] = glyph + (c - first);
                }
            }

            return map;
        }

        if (format4 is not { } f4)
        {
            throw new ArgumentException("The font has no Unicode cmap.");
        }

        var segments = U16(cmap, f4 + 6) / 2;
        var ends = f4 + 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            var end = U16(cmap, ends + (s * 2));
            var start = U16(cmap, starts + (s * 2));
            var delta = S16(cmap, deltas + (s * 2));
            var rangeOffsetAt = rangeOffsets + (s * 2);
            var rangeOffset = U16(cmap, rangeOffsetAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + ((c - start) * 2);
                    glyph = at + 2 <= cmap.Length ? U16(cmap, at) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    map[c] = glyph;
                }
            }
        }

        return map;
    }

    private static byte[] WriteFont(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var header = new byte[12 + (16 * count)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count * 16) - (power * 16)));

        using var body = new MemoryStream();
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, table) in tables)
        {
            var record = header.AsSpan(12 + (index++ * 16));
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)(header.Length + body.Length));
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            if (tag == "head")
            {
                headOffset = header.Length + (int)body.Length;
            }

            body.Write(table);
            while (body.Length % 4 != 0)
            {
                body.WriteByte(0);
            }
        }

        var font = new byte[header.Length + body.Length];
        header.CopyTo(font, 0);
        body.ToArray().CopyTo(font, header.Length);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private static int U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static int S16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data[offset..]);
}
