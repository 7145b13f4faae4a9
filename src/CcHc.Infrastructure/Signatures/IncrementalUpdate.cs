using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using UglyToad.PdfPig.Tokens;

namespace CcHc.Infrastructure.Signatures;

/// <summary>How the file's last cross-reference section is written; the update writes its own the same way.</summary>
internal enum CrossReferenceKind
{
    Table,
    Stream,
}

/// <summary>The trailer entries an update carries over (ISO 32000-1, 7.5.6).</summary>
internal sealed record TrailerEntries(IndirectReferenceToken Root, IToken? Info, ArrayToken? Identifier, long Previous);

/// <summary>
/// One incremental update (ISO 32000-1, 7.5.6) appended to the original bytes, which stay untouched as the prefix:
/// new and replaced objects, then a cross-reference section of the same kind as the file's last one, with /Prev.
/// </summary>
internal sealed class IncrementalUpdate : IDisposable
{
    private readonly MemoryStream _output = new();
    private readonly SortedDictionary<long, (int Generation, long Offset)> _offsets = [];
    private long _nextNumber;

    public IncrementalUpdate(byte[] original, long size)
    {
        _output.Write(original);
        if (original.Length > 0 && original[^1] is not (byte)'\n' and not (byte)'\r')
        {
            _output.WriteByte((byte)'\n');
        }

        _nextNumber = size;
        Writer = new PdfObjectWriter(_output);
    }

    public PdfObjectWriter Writer { get; }

    public long Allocate() => _nextNumber++;

    public PdfObjectWriter Begin(long number, int generation = 0)
    {
        _offsets[number] = (generation, _output.Position);
        return Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"{number} {generation} obj\n"));
    }

    public void End() => Writer.Raw("\nendobj\n");

    /// <summary>A stream object; <paramref name="entries"/> is the dictionary's content besides /Length and /Filter.</summary>
    public void Stream(long number, string entries, byte[] data, bool compress)
    {
        if (compress)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            data = packed.ToArray();
            entries += " /Filter /FlateDecode";
        }

        Begin(number)
            .Raw(string.Create(CultureInfo.InvariantCulture, $"<<{entries} /Length {data.Length}>>\nstream\n"))
            .Raw(data)
            .Raw("\nendstream");
        End();
    }

    public byte[] Finish(CrossReferenceKind kind, TrailerEntries trailer)
    {
        if (kind == CrossReferenceKind.Stream)
        {
            FinishWithStream(trailer);
        }
        else
        {
            FinishWithTable(trailer);
        }

        return _output.ToArray();
    }

    private void FinishWithTable(TrailerEntries trailer)
    {
        var start = _output.Position;
        Writer.Raw("xref\n");
        foreach (var run in Runs())
        {
            Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"{run[0].Key} {run.Count}\n"));
            foreach (var (_, (generation, offset)) in run)
            {
                // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', two-byte end of line.
                Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} {generation:D5} n\r\n"));
            }
        }

        Writer.Raw("trailer\n");
        WriteTrailer(trailer, null);
        Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{start}\n%%EOF\n"));
    }

    private void FinishWithStream(TrailerEntries trailer)
    {
        var number = Allocate();
        var start = _output.Position;
        _offsets[number] = (0, start);
        var data = new List<byte>();
        var index = new List<string>();
        foreach (var run in Runs())
        {
            index.Add(string.Create(CultureInfo.InvariantCulture, $"{run[0].Key} {run.Count}"));
            foreach (var (_, (generation, offset)) in run)
            {
                var entry = new byte[7];
                entry[0] = 1;
                BinaryPrimitives.WriteUInt32BigEndian(entry.AsSpan(1), (uint)offset);
                BinaryPrimitives.WriteUInt16BigEndian(entry.AsSpan(5), (ushort)generation);
                data.AddRange(entry);
            }
        }

        Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
        WriteTrailer(trailer, $"/Type /XRef /W [1 4 2] /Index [{string.Join(" ", index)}] /Length {data.Count}");
        Writer.Raw("\nstream\n").Raw([.. data]).Raw("\nendstream\nendobj\n");
        Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"startxref\n{start}\n%%EOF\n"));
    }

    private void WriteTrailer(TrailerEntries trailer, string? extra)
    {
        Writer.Raw(string.Create(CultureInfo.InvariantCulture, $"<</Size {_nextNumber} /Root ")).Token(trailer.Root);
        if (trailer.Info is not null)
        {
            Writer.Raw(" /Info ").Token(trailer.Info);
        }

        if (trailer.Identifier is not null)
        {
            Writer.Raw(" /ID ").Token(trailer.Identifier);
        }

        Writer.Raw(string.Create(CultureInfo.InvariantCulture, $" /Prev {trailer.Previous}"));
        if (extra is not null)
        {
            Writer.Raw(" ").Raw(extra);
        }

        Writer.Raw(">>");
    }

    /// <summary>The written objects grouped into runs of consecutive numbers (one subsection each).</summary>
    private List<List<KeyValuePair<long, (int Generation, long Offset)>>> Runs()
    {
        var runs = new List<List<KeyValuePair<long, (int, long)>>>();
        foreach (var entry in _offsets)
        {
            if (runs.Count == 0 || runs[^1][^1].Key + 1 != entry.Key)
            {
                runs.Add([]);
            }

            runs[^1].Add(entry);
        }

        return runs;
    }

    public void Dispose() => _output.Dispose();
}
