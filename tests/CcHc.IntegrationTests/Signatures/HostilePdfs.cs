using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>One hostile file: what it tries, and its bytes.</summary>
/// <param name="MustBeRefused">Past a limit of the parse budget; the others (reference loops) must only be answered safely.</param>
public sealed record HostilePdf(string Name, byte[] Bytes, bool MustBeRefused = true)
{
    public override string ToString() => Name;
}

/// <summary>
/// PDFs built to hurt a reader, generated here byte by byte: deflate bombs (single, nested, behind other filters, in
/// every kind of stream), a million objects, cross-reference loops, /Length that lies or claims 4 GB, deep arrays and
/// dictionaries (in the file and inside compressed content), reference loops, a page tree of 100 000 pages, and
/// signatures that together cover far more than the file. Every one is a syntactically plausible PDF.
/// </summary>
public static class HostilePdfs
{
    private const int Megabyte = 1024 * 1024;

    private static readonly Lazy<IReadOnlyList<HostilePdf>> Cache = new(Build);

    public static IReadOnlyList<HostilePdf> All => Cache.Value;

    private static List<HostilePdf> Build()
    {
        var list = new List<HostilePdf>();
        void Add(string name, byte[] bytes, bool mustBeRefused = true) => list.Add(new HostilePdf(name, bytes, mustBeRefused));

        // Deflate bombs in the page's content stream, from just over the per-stream limit to 1 GB.
        foreach (var megabytes in new[] { 9, 16, 64, 256, 1024 })
        {
            Add($"content stream inflating to {megabytes} MB", Page(Stream("", Zeros(megabytes), "/FlateDecode")));
        }

        // Nested: each layer of deflate multiplies the ratio.
        var bomb500 = Zeros(500);
        Add("two nested deflate layers to 500 MB", Page(Stream("", Deflate(bomb500), "[/FlateDecode /FlateDecode]")));
        Add("three nested deflate layers to 500 MB", Page(Stream("", Deflate(Deflate(bomb500)), "[/FlateDecode /FlateDecode /FlateDecode]")));
        Add("five filters chained", Page(Stream("", Deflate(Deflate(Deflate(Deflate(Deflate(Encoding.ASCII.GetBytes("BT ET")))))), "[/FlateDecode /FlateDecode /FlateDecode /FlateDecode /FlateDecode]")));
        Add("inner layer of empty stored blocks (1 GB in, nothing out)", Page(Stream("", Deflate(EmptyStoredBlocks(1024)), "[/FlateDecode /FlateDecode]")));
        Add("ASCIIHex then deflate bomb", Page(Stream("", Encoding.ASCII.GetBytes(Convert.ToHexString(Zeros(200)) + ">"), "[/ASCIIHexDecode /FlateDecode]")));
        Add("ASCII85 then deflate bomb", Page(Stream("", Ascii85(Zeros(200)), "[/ASCII85Decode /FlateDecode]")));
        Add("run-length bomb", Page(Stream("", RunLengthRepeats(600_000), "/RunLengthDecode")));
        Add("deflate of a run-length bomb", Page(Stream("", Deflate(RunLengthRepeats(2_000_000)), "[/FlateDecode /RunLengthDecode]")));
        Add("large LZW stream", Page(Stream("", new byte[64 * 1024], "/LZWDecode")));
        Add("abbreviated filter names", Page(Stream("", Deflate(bomb500), "[/Fl /Fl]")));

        // The same bomb wherever a stream may be: a reader must not care whether the stream is "needed".
        var bomb64 = Zeros(64);
        Add("bomb as an embedded TrueType font", Page(Stream("/Length1 1000", bomb64, "/FlateDecode")));
        Add("bomb as an image XObject", Page(Stream("/Type /XObject /Subtype /Image /Width 10000 /Height 10000 /BitsPerComponent 8 /ColorSpace /DeviceRGB", bomb64, "/FlateDecode")));
        Add("bomb as a form XObject", Page(Stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]", bomb64, "/FlateDecode")));
        Add("bomb as an object stream", Page(Stream("/Type /ObjStm /N 1 /First 4", bomb64, "/FlateDecode")));
        Add("bomb as a ToUnicode CMap", Page(Stream("", bomb64, "/FlateDecode")));
        Add("bomb as XMP metadata", Page(Stream("/Type /Metadata /Subtype /XML", bomb64, "/FlateDecode")));
        Add("bomb as an ICC profile", Page(Stream("/N 3", bomb64, "/FlateDecode")));
        Add("bomb in an orphan stream nobody references", Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null), Stream("", bomb64, "/FlateDecode")));
        Add("bomb with a predictor", Page(Stream("/DecodeParms << /Predictor 12 /Columns 4 >>", bomb64, "/FlateDecode")));
        Add("bomb in an incremental update", Update(Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null)), Stream("", bomb64, "/FlateDecode")));

        // Each stream under the per-stream limit, together over the per-file limit.
        var seven = Deflate(ContentOf(7 * Megabyte));
        Add("four streams of 7 MB each", Page(Stream("", seven, "/FlateDecode"), Stream("", seven, "/FlateDecode"), Stream("", seven, "/FlateDecode"), Stream("", seven, "/FlateDecode")));
        Add("twenty streams of 2 MB each", Page([.. Enumerable.Range(0, 20).Select(_ => Stream("", Deflate(ContentOf(2 * Megabyte)), "/FlateDecode"))]));

        // Object counts.
        Add("a million objects", ManyObjects(1_000_000));
        Add("50 000 objects", ManyObjects(50_000));
        Add("object stream declaring a million objects", Page(Stream("/Type /ObjStm /N 1000000 /First 10", Encoding.ASCII.GetBytes("1 0 null"), "")));
        Add("a million objects inside compressed object streams", Page([.. Enumerable.Range(0, 20).Select(_ => Stream("/Type /ObjStm /N 50000 /First 10", Deflate(new byte[1000]), "/FlateDecode"))]));
        Add("cross-reference table claiming 100 million objects", WithTrailerSize(100_000_000));

        // Cross-reference loops and chains.
        Add("xref /Prev pointing to itself", XrefLoop(selfLoop: true));
        Add("two xref sections pointing to each other", XrefLoop(selfLoop: false));
        Add("xref stream whose /Prev points to itself", XrefStreamLoop());
        Add("100 chained xref sections", XrefChain(100));
        Add("/XRefStm pointing back at its own table", HybridLoop());

        // Lengths that lie.
        Add("/Length shorter than the data", Page(RawStream("/Length 10", ContentOf(200_000))));
        Add("/Length longer than the data", Page(RawStream("/Length 150000", ContentOf(100_000)), Stream("", ContentOf(100_000), null)));
        Add("stream claiming 4 GB", Page(RawStream("/Length 4294967296", ContentOf(1000))));
        Add("stream claiming 90 TB", Page(RawStream("/Length 99999999999999", ContentOf(1000))));
        Add("stream claiming a negative length", Page(RawStream("/Length -1", ContentOf(1000))));
        Add("indirect /Length that lies", IndirectLengthLie());
        Add("stream without endstream", NoEndstream());

        // Nesting.
        foreach (var depth in new[] { 100, 10_000, 1_000_000 })
        {
            Add($"array nested {depth} deep in the catalog", Nested(depth, "[", "]"));
        }

        Add("dictionary nested 100 000 deep", Nested(100_000, "<< /A ", ">>"));
        Add("array nested 1 000 000 deep inside compressed content", Page(Stream("", Deflate(Encoding.ASCII.GetBytes(new string('[', 1_000_000) + new string(']', 1_000_000))), "/FlateDecode")));
        Add("dictionary nested 100 000 deep inside compressed content", Page(Stream("", Deflate(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<</A ", 100_000)))), "/FlateDecode")));
        Add("array nested 100 000 deep inside an object stream", Page(Stream("/Type /ObjStm /N 1 /First 4", Deflate(Encoding.ASCII.GetBytes("9 0 " + new string('[', 100_000))), "/FlateDecode")));
        Add("unclosed arrays 20 MB", Unclosed());

        // Reference loops and huge page trees (within the byte budgets: PdfPig must answer without looping).
        Add("object that is a reference to itself as /Contents", ReferenceLoop(), mustBeRefused: false);
        Add("page tree whose /Kids contain the tree itself", PageTreeLoop(), mustBeRefused: false);
        Add("form XObject that draws itself", SelfDrawingForm(), mustBeRefused: false);
        Add("catalog /Pages pointing to the catalog", CatalogLoop(), mustBeRefused: false);
        Add("page tree of 100 000 pages", ManyPages(100_000));

        // Text-heavy content just under the stream limits: read, but watched for time and allocation.
        Add("7 MB of text operators on one page", Page(Stream("", Deflate(TextOperators(7 * Megabyte)), "/FlateDecode")), mustBeRefused: false);
        Add("7 MB of path operators on one page", Page(Stream("", Deflate(ContentOf(7 * Megabyte)), "/FlateDecode")), mustBeRefused: false);
        Add("three pages of 7 MB text each", ThreePagesOfText(), mustBeRefused: false);
        Add("500 KB of path operators, just under the content limit", Page(Stream("", Deflate(ContentOf(500 * 1024)), "/FlateDecode")), mustBeRefused: false);
        Add("165 KB of text operators, just under the string limit", Page(Stream("", Deflate(TextOperators(165 * 1024)), "/FlateDecode")), mustBeRefused: false);
        Add("one string of 63 KB shown on a page", Page(Stream("", Deflate(Encoding.ASCII.GetBytes("BT /F1 1 Tf (" + new string('x', 63 * 1024) + ") Tj ET")), "/FlateDecode")), mustBeRefused: false);

        // Signatures whose byte ranges together cover far more than the file.
        Add("16 signatures each covering the whole 3 MB file", ManySignatures(16, 3 * Megabyte));
        Add("signature with 18 MB of /Contents hex", ManySignatures(1, 0, contentsBytes: 9 * Megabyte));

        return list;
    }

    // ---- building blocks ----

    /// <summary>A stream object body: dictionary (with /Length and /Filter) and data.</summary>
    private static byte[] Stream(string entries, byte[] data, string? filter) =>
        RawStream($"{entries} /Length {data.Length}{(string.IsNullOrEmpty(filter) ? "" : " /Filter " + filter)}", data);

    private static byte[] RawStream(string entries, byte[] data) =>
        [.. Encoding.ASCII.GetBytes($"<<{entries}>>\nstream\n"), .. data, .. "\nendstream"u8];

    /// <summary>
    /// A one-page document: 1 catalog, 2 pages, 3 page, 4 font, then <paramref name="streams"/> as objects 5, 6, …;
    /// the first is the page's content and the second its form XObject /X1.
    /// </summary>
    private static byte[] Page(params byte[][] streams)
    {
        var contents = streams.Length == 1 ? "5 0 R" : "[" + string.Join(" ", Enumerable.Range(5, streams.Length).Select(n => $"{n} 0 R")) + "]";
        var objects = new List<byte[]>
        {
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            Encoding.ASCII.GetBytes($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents {contents} >>"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"u8.ToArray(),
        };
        objects.AddRange(streams);
        return Document(objects);
    }

    /// <summary>Objects numbered from 1, a cross-reference table, a trailer, startxref.</summary>
    private static byte[] Document(List<byte[]> objects, string trailerExtra = "")
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>An incremental update adding one object.</summary>
    private static byte[] Update(byte[] original, byte[] newObject)
    {
        var previous = StartXref(original);
        using var output = new MemoryStream();
        output.Write(original);
        var at = output.Position;
        output.Write("99 0 obj\n"u8);
        output.Write(newObject);
        output.Write("\nendobj\n"u8);
        var xref = output.Position;
        output.Write(Encoding.ASCII.GetBytes($"xref\n99 1\n{at:D10} 00000 n\r\ntrailer\n<< /Size 100 /Root 1 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static long StartXref(byte[] pdf)
    {
        var text = Encoding.ASCII.GetString(pdf, pdf.Length - 64, 64);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        return long.Parse(text[(at + 9)..].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }

    private static byte[] Zeros(int megabytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[Megabyte];
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(chunk);
            }
        }

        return packed.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return packed.ToArray();
    }

    /// <summary>A raw deflate stream of empty stored blocks: <paramref name="megabytes"/> MB that inflate to nothing.</summary>
    private static byte[] EmptyStoredBlocks(int megabytes)
    {
        var blocks = new byte[megabytes * Megabyte];
        for (var i = 0; i + 5 <= blocks.Length; i += 5)
        {
            blocks[i] = 0; // BFINAL 0, BTYPE 00, then LEN 0 and NLEN 0xFFFF
            blocks[i + 3] = 0xFF;
            blocks[i + 4] = 0xFF;
        }

        return blocks;
    }

    private static byte[] Ascii85(byte[] data)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var j = 0; j < 4; j++)
            {
                value = (value << 8) | (j < n ? data[i + j] : 0u);
            }

            if (n == 4 && value == 0)
            {
                text.Append('z');
                continue;
            }

            var digits = new char[5];
            for (var j = 4; j >= 0; j--)
            {
                digits[j] = (char)('!' + (value % 85));
                value /= 85;
            }

            text.Append(digits, 0, n + 1);
        }

        return Encoding.ASCII.GetBytes(text.Append("~>").ToString());
    }

    /// <summary>Run-length pairs "repeat the next byte 128 times": 64 : 1.</summary>
    private static byte[] RunLengthRepeats(int pairs)
    {
        var data = new byte[(pairs * 2) + 1];
        for (var i = 0; i < pairs; i++)
        {
            data[i * 2] = 129;
            data[(i * 2) + 1] = (byte)' ';
        }

        data[^1] = 128;
        return data;
    }

    /// <summary>Valid content: a path operator repeated to <paramref name="bytes"/>.</summary>
    private static byte[] ContentOf(int bytes)
    {
        var unit = "0 0 m 1 1 l S\n"u8;
        var data = new byte[bytes];
        for (var i = 0; i < bytes; i++)
        {
            data[i] = unit[i % unit.Length];
        }

        return data;
    }

    private static byte[] TextOperators(int bytes)
    {
        var unit = "BT /F1 12 Tf 72 700 Td (Ke hoach khac phuc) Tj ET\n"u8;
        var data = new byte[bytes];
        for (var i = 0; i < bytes; i++)
        {
            data[i] = unit[i % unit.Length];
        }

        return data;
    }

    private static byte[] ManyObjects(int count)
    {
        // The same "1 0 obj" a million times: the file stays under 20 MB, and a lenient reader must still rebuild it.
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"u8);
        var unit = "3 0 obj 0 endobj\n"u8;
        for (var i = 0; i < count; i++)
        {
            output.Write(unit);
        }

        output.Write("trailer << /Root 1 0 R >>\n%%EOF\n"u8);
        return output.ToArray();
    }

    private static byte[] WithTrailerSize(long size)
    {
        var pdf = Encoding.ASCII.GetString(Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null)));
        return Encoding.ASCII.GetBytes(pdf.Replace("<< /Size 6 ", $"<< /Size {size} ", StringComparison.Ordinal));
    }

    private static byte[] XrefLoop(bool selfLoop)
    {
        var pdf = Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null));
        var first = StartXref(pdf);
        using var output = new MemoryStream();
        output.Write(pdf);
        var second = output.Position;
        var target = selfLoop ? second : first;
        output.Write(Encoding.ASCII.GetBytes($"xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 6 /Root 1 0 R /Prev {target} >>\nstartxref\n{second}\n%%EOF\n"));
        var bytes = output.ToArray();
        if (!selfLoop)
        {
            // Make the first section point to the second as well.
            var text = Encoding.ASCII.GetString(bytes);
            var at = text.IndexOf("/Root 1 0 R >>", StringComparison.Ordinal);
            var patched = text[..at] + $"/Root 1 0 R /Prev {second}>>" + text[(at + "/Root 1 0 R >>".Length)..];
            // The patched trailer is longer by the /Prev entry; the second section's offset moved by as much.
            var shift = patched.Length - text.Length;
            patched = patched.Replace($"/Prev {second}>>", $"/Prev {second + shift}>>", StringComparison.Ordinal)
                .Replace($"startxref\n{second}\n", $"startxref\n{second + shift}\n", StringComparison.Ordinal);
            return Encoding.ASCII.GetBytes(patched);
        }

        return bytes;
    }

    private static byte[] XrefStreamLoop()
    {
        var pdf = Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null));
        using var output = new MemoryStream();
        output.Write(pdf);
        var at = output.Position;
        var entries = new byte[] { 1, 0, 0, 0, 9, 0, 0 };
        output.Write(Encoding.ASCII.GetBytes($"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Index [7 1] /Root 1 0 R /Prev {at} /Length {entries.Length} >>\nstream\n"));
        output.Write(entries);
        output.Write(Encoding.ASCII.GetBytes($"\nendstream\nendobj\nstartxref\n{at}\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] XrefChain(int sections)
    {
        var pdf = Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null));
        using var output = new MemoryStream();
        output.Write(pdf);
        var previous = StartXref(pdf);
        for (var i = 0; i < sections; i++)
        {
            var at = output.Position;
            output.Write(Encoding.ASCII.GetBytes($"xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 6 /Root 1 0 R /Prev {previous} >>\n"));
            previous = at;
        }

        output.Write(Encoding.ASCII.GetBytes($"startxref\n{previous}\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] HybridLoop()
    {
        var pdf = Page(Stream("", Encoding.ASCII.GetBytes("BT ET"), null));
        using var output = new MemoryStream();
        output.Write(pdf);
        var at = output.Position;
        output.Write(Encoding.ASCII.GetBytes($"xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 6 /Root 1 0 R /XRefStm {at:D10} >>\nstartxref\n{at}\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] IndirectLengthLie() => Document(
    [
        "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"u8.ToArray(),
        RawStream("/Length 5 0 R", ContentOf(300_000)),
        "12"u8.ToArray(),
    ]);

    private static byte[] NoEndstream()
    {
        var pdf = Page(Stream("", ContentOf(1000), null));
        var text = Encoding.ASCII.GetString(pdf);
        return Encoding.ASCII.GetBytes(text.Replace("endstream", "endstrea_", StringComparison.Ordinal));
    }

    private static byte[] Nested(int depth, string open, string close)
    {
        var value = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return Document(
        [
            Encoding.ASCII.GetBytes($"<< /Type /Catalog /Pages 2 0 R /Deep {value} >>"),
            "<< /Type /Pages /Kids [] /Count 0 >>"u8.ToArray(),
        ]);
    }

    private static byte[] Unclosed()
    {
        var body = new byte[19 * Megabyte];
        Array.Fill(body, (byte)'[');
        return [.. "%PDF-1.7\n1 0 obj\n"u8, .. body, .. "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];
    }

    private static byte[] ReferenceLoop() => Document(
    [
        "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"u8.ToArray(),
        "5 0 R"u8.ToArray(),
        "4 0 R"u8.ToArray(),
    ]);

    private static byte[] PageTreeLoop() => Document(
    [
        "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"u8.ToArray(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"u8.ToArray(),
    ]);

    private static byte[] SelfDrawingForm() => Document(
    [
        "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>"u8.ToArray(),
        Stream("", "/X1 Do"u8.ToArray(), null),
        Stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 5 0 R >> >>", "/X1 Do"u8.ToArray(), null),
    ]);

    private static byte[] CatalogLoop() => Document(
    [
        "<< /Type /Catalog /Pages 1 0 R >>"u8.ToArray(),
    ]);

    private static byte[] ManyPages(int count)
    {
        var kids = string.Join(" ", Enumerable.Repeat("3 0 R", count));
        return Document(
        [
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{kids}] /Count {count} >>"),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"u8.ToArray(),
            Stream("", "BT ET"u8.ToArray(), null),
        ]);
    }

    private static byte[] ThreePagesOfText()
    {
        var text = Deflate(TextOperators(7 * Megabyte));
        return Document(
        [
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 9 0 R >> >> /Contents 6 0 R >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 9 0 R >> >> /Contents 7 0 R >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 9 0 R >> >> /Contents 8 0 R >>"u8.ToArray(),
            Stream("", text, "/FlateDecode"),
            Stream("", text, "/FlateDecode"),
            Stream("", text, "/FlateDecode"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"u8.ToArray(),
        ]);
    }

    /// <summary>
    /// <paramref name="count"/> signature dictionaries, each with its own /Contents and a /ByteRange covering the rest
    /// of the file, which is padded to <paramref name="padding"/> bytes by a comment.
    /// </summary>
    private static byte[] ManySignatures(int count, int padding, int contentsBytes = 64)
    {
        const string Placeholder = "[0000000000 0000000000 0000000000 0000000000]";
        var builder = new StringBuilder("%PDF-1.7\n%" + new string('x', padding) + "\n");
        var contentsHex = new string('0', contentsBytes * 2);
        for (var i = 0; i < count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange {Placeholder} /Contents <{contentsHex}> >>\nendobj\n");
        }

        builder.Append("trailer << /Root 1 0 R >>\n%%EOF\n");
        var text = builder.ToString();
        var total = text.Length;
        var result = new StringBuilder(text);
        var search = 0;
        for (var i = 0; i < count; i++)
        {
            var byteRange = text.IndexOf(Placeholder, search, StringComparison.Ordinal);
            var gapStart = text.IndexOf("/Contents <", byteRange, StringComparison.Ordinal) + "/Contents ".Length;
            var gapEnd = gapStart + contentsHex.Length + 2;
            var value = string.Create(CultureInfo.InvariantCulture, $"[{0,10} {gapStart,10} {gapEnd,10} {total - gapEnd,10}]");
            result.Remove(byteRange, Placeholder.Length).Insert(byteRange, value);
            search = gapEnd;
        }

        return Encoding.ASCII.GetBytes(result.ToString());
    }
}
