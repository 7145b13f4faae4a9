using System.Buffers;
using System.Diagnostics;
using System.IO.Compression;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Walks the raw bytes of an uploaded PDF once, under a <see cref="PdfParseBudget"/>, before any library parses it:
/// counts the indirect objects (those packed in object streams too), measures how deep arrays and dictionaries nest
/// (in the file, and in content and object streams after decoding), checks that each stream's /Length is where its
/// data really ends, inflates every stream through its filter chain into a counter (each stage counted, nothing kept,
/// one small buffer), and follows the cross-reference chain (/Prev, /XRefStm) looking for loops. It never throws and
/// allocates little whatever the input; a file it passes cannot make PdfPig inflate, recurse or loop past the budget.
/// </summary>
public static class PdfStructureScan
{
    private const int TrailerSearch = 1024;

    /// <summary>LZW's worst case: a 9-bit code can stand for a string of about 3 800 bytes.</summary>
    private const int LzwWorstRatio = 4096;

    /// <summary>Null when the file is within the budget, else the Vietnamese refusal.</summary>
    public static string? Check(byte[] pdf, PdfParseBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var scan = new Scan(pdf, budget ?? PdfParseBudget.Default);
        try
        {
            scan.Run();
            return null;
        }
        catch (OverBudgetException e)
        {
            return PdfParseBudget.Refusal(e.Message);
        }
        finally
        {
            scan.Dispose();
        }
    }

    private sealed class OverBudgetException(string what) : Exception(what);

    private sealed record StreamDictionary(
        long? Length, long? LengthReference, List<string> Filters, string? Type, string? Subtype, bool HasFontLengths, long? Count, long? Size);

    private sealed class Scan(byte[] pdf, PdfParseBudget budget) : IDisposable
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private readonly Dictionary<long, int> _objects = [];
        private readonly List<(long Number, long RealLength)> _indirectLengths = [];
        private readonly Dictionary<long, long> _references = [];
        private long _objectCount;
        private long _inflated;
        private long _syntax;
        private long _strings;
        private long _kids;

        public void Run()
        {
            WalkBody();
            CheckReferenceChains();
            CheckIndirectLengths();
            WalkCrossReferences();
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

        private void CheckTime()
        {
            if (_clock.Elapsed > budget.MaxTime)
            {
                throw new OverBudgetException($"đọc cấu trúc tệp mất hơn {budget.MaxTime.TotalSeconds:0.#} giây");
            }
        }

        private void CountObjects(long count)
        {
            _objectCount += count;
            if (_objectCount > budget.MaxObjects)
            {
                throw new OverBudgetException($"hơn {PdfParseBudget.Count(budget.MaxObjects)} đối tượng");
            }
        }

        private OverBudgetException TooDeep() => new($"mảng hoặc từ điển lồng nhau sâu hơn {budget.MaxNesting} mức");

        private void WalkBody()
        {
            var lexer = new PdfLexer(pdf, 0);
            var depth = 0;
            var dictionaryStart = -1;
            var kidsDepth = -1;
            PdfToken previous = default, beforePrevious = default;
            var tokens = 0;
            while (true)
            {
                var token = lexer.Next();
                if (token.Kind == PdfTokenKind.End)
                {
                    return;
                }

                if ((++tokens & 0x3FFF) == 0)
                {
                    CheckTime();
                }

                switch (token.Kind)
                {
                    case PdfTokenKind.LiteralString or PdfTokenKind.HexString or PdfTokenKind.Error when token.End - token.Start > budget.MaxContentBytes:
                        // A signature's /Contents is tens of kilobytes; megabytes of string only slow a parser down.
                        throw new OverBudgetException($"một chuỗi dài hơn {PdfParseBudget.Megabytes(budget.MaxContentBytes)}");
                    case PdfTokenKind.ArrayStart or PdfTokenKind.DictionaryStart:
                        if (depth == 0 && token.Kind == PdfTokenKind.DictionaryStart)
                        {
                            dictionaryStart = token.Start;
                        }

                        if (++depth > budget.MaxNesting)
                        {
                            throw TooDeep();
                        }

                        if (token.Kind == PdfTokenKind.ArrayStart && previous.Kind == PdfTokenKind.Name && lexer.Text(previous).SequenceEqual("/Kids"u8))
                        {
                            kidsDepth = depth;
                        }

                        break;
                    case PdfTokenKind.ArrayEnd or PdfTokenKind.DictionaryEnd:
                        if (depth == kidsDepth)
                        {
                            kidsDepth = -1;
                        }

                        depth = Math.Max(0, depth - 1);
                        break;
                    case PdfTokenKind.Keyword:
                        var text = lexer.Text(token);
                        if (text.SequenceEqual("obj"u8))
                        {
                            CountObjects(1);
                            if (beforePrevious.Kind == PdfTokenKind.Number && previous.Kind == PdfTokenKind.Number
                                && PdfLexer.ReadOffset(pdf.AsSpan(beforePrevious.Start, beforePrevious.End - beforePrevious.Start)) is { } number)
                            {
                                _objects[number] = lexer.Position;
                                if (BareReference(lexer.Position) is { } target)
                                {
                                    _references[number] = target;
                                }
                                else
                                {
                                    _references.Remove(number);
                                }
                            }

                            (depth, dictionaryStart) = (0, -1);
                        }
                        else if (text.SequenceEqual("R"u8) && kidsDepth == depth && ++_kids > 2L * budget.MaxPages)
                        {
                            throw new OverBudgetException($"cây trang có hơn {PdfParseBudget.Count(2L * budget.MaxPages)} nút");
                        }
                        else if (text.SequenceEqual("endobj"u8))
                        {
                            (depth, dictionaryStart) = (0, -1);
                        }
                        else if (text.SequenceEqual("stream"u8))
                        {
                            lexer.Position = ReadStream(lexer.Position, dictionaryStart);
                            (depth, dictionaryStart) = (0, -1);
                        }

                        break;
                }

                (beforePrevious, previous) = (previous, token);
            }
        }

        /// <summary>Checks one stream whose "stream" keyword ends at <paramref name="afterKeyword"/>; returns the position after "endstream".</summary>
        private int ReadStream(int afterKeyword, int dictionaryStart)
        {
            CheckTime();
            var dataStart = afterKeyword;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r')
            {
                dataStart++;
            }

            if (dataStart < pdf.Length && pdf[dataStart] == '\n')
            {
                dataStart++;
            }

            var dictionary = dictionaryStart >= 0 ? ReadDictionary(dictionaryStart) : null;
            var found = pdf.AsSpan(dataStart).IndexOf("endstream"u8);
            if (found < 0)
            {
                throw new OverBudgetException("một luồng dữ liệu không có dấu kết thúc endstream");
            }

            var realLength = (long)found;
            while (realLength > 0 && pdf[dataStart + (int)realLength - 1] is (byte)'\r' or (byte)'\n')
            {
                realLength--;
            }

            if (dictionary?.Length is { } declared)
            {
                if (declared == long.MaxValue)
                {
                    throw new OverBudgetException("độ dài khai báo (/Length) của một luồng dữ liệu không phải là số nguyên không âm");
                }

                if (declared > pdf.Length - dataStart)
                {
                    throw new OverBudgetException($"một luồng dữ liệu khai báo dài {PdfParseBudget.Megabytes(declared)}, hơn cả tệp");
                }

                if (Math.Abs(declared - realLength) > 2)
                {
                    throw new OverBudgetException("độ dài khai báo (/Length) của một luồng dữ liệu không khớp với dữ liệu thật");
                }
            }
            else if (dictionary?.LengthReference is { } reference)
            {
                _indirectLengths.Add((reference, realLength));
            }

            if (dictionary is not null)
            {
                Inflate(dictionary, dataStart, (int)realLength);
            }

            return dataStart + found + "endstream"u8.Length;
        }

        private void Inflate(StreamDictionary dictionary, int dataStart, int length)
        {
            if (dictionary.Type == "ObjStm")
            {
                CountObjects(Math.Max(0, dictionary.Count ?? 0));
            }

            if (dictionary.Type == "XRef" && dictionary.Size > 4L * budget.MaxObjects)
            {
                throw new OverBudgetException($"bảng tham chiếu chéo khai báo hơn {PdfParseBudget.Count(4L * budget.MaxObjects)} đối tượng");
            }

            if (dictionary.Filters.Count > budget.MaxFilters)
            {
                throw new OverBudgetException($"một luồng dữ liệu có hơn {budget.MaxFilters} bộ lọc nén");
            }

            Stream stream = new MemoryStream(pdf, dataStart, length, writable: false);
            var decodedWhole = true;
            try
            {
                foreach (var filter in dictionary.Filters)
                {
                    if (filter is "LZWDecode" or "LZW")
                    {
                        // Not decoded here: bounded by its worst ratio instead, which only a small stream meets.
                        if ((long)length * LzwWorstRatio > budget.MaxStreamBytes)
                        {
                            throw new OverBudgetException("một luồng dữ liệu nén LZW quá lớn");
                        }

                        decodedWhole = false;
                        break;
                    }

                    if (PdfFilterStreams.Decode(filter, stream) is not { } decoded)
                    {
                        decodedWhole = false; // an image codec or an unknown filter ends what is read to get text
                        break;
                    }

                    stream = new CountingStream(decoded, this);
                }

                var nesting = decodedWhole && IsSyntax(dictionary) ? new ContentNesting(budget.MaxNesting) : null;
                try
                {
                    int read;
                    while ((read = stream.Read(_buffer)) > 0)
                    {
                        if (nesting is null)
                        {
                            continue;
                        }

                        var strings = nesting.StringBytes;
                        if (!nesting.Feed(_buffer.AsSpan(0, read)))
                        {
                            throw TooDeep();
                        }

                        CountSyntax(read, nesting.StringBytes - strings);
                    }
                }
                catch (InvalidDataException)
                {
                    // Damaged compressed data ends there, for PdfPig too.
                }
            }
            finally
            {
                stream.Dispose();
            }
        }

        /// <summary>Streams of PDF syntax (content, forms, object streams, CMaps), as opposed to fonts, images, profiles, metadata.</summary>
        private static bool IsSyntax(StreamDictionary d) =>
            (d.Type is null or "ObjStm" or "Pattern") && (d.Subtype is null or "Form") && !d.HasFontLengths && (d.Count is null || d.Type == "ObjStm");

        private void Counted(long bytes, long streamTotal)
        {
            _inflated += bytes;
            if (streamTotal > budget.MaxStreamBytes)
            {
                throw new OverBudgetException($"một luồng dữ liệu giải nén ra hơn {PdfParseBudget.Megabytes(budget.MaxStreamBytes)}");
            }

            if (_inflated > budget.MaxInflatedBytes)
            {
                throw new OverBudgetException($"các luồng dữ liệu giải nén ra tổng cộng hơn {PdfParseBudget.Megabytes(budget.MaxInflatedBytes)}");
            }

            CheckTime();
        }

        /// <summary>
        /// PdfPig's cost grows with the syntax it parses and, far more, with the glyphs it places (each string byte
        /// of content may be one): both are bounded, to what the check of a plan of a few dozen pages needs.
        /// </summary>
        private void CountSyntax(long bytes, long stringBytes)
        {
            _syntax += bytes;
            _strings += stringBytes;
            if (stringBytes > budget.MaxStringBytesPerStream)
            {
                throw new OverBudgetException($"một trang có hơn {PdfParseBudget.Count(budget.MaxStringBytesPerStream)} byte chữ");
            }

            if (_syntax > budget.MaxContentBytes)
            {
                throw new OverBudgetException($"nội dung trang và đối tượng giải nén ra hơn {PdfParseBudget.Megabytes(budget.MaxContentBytes)}");
            }

            if (_strings > budget.MaxStringBytes)
            {
                throw new OverBudgetException($"nội dung trang có hơn {PdfParseBudget.Count(budget.MaxStringBytes)} byte chữ");
            }
        }

        /// <summary>"5 0 obj 4 0 R endobj": the target of "N G R" right after the header, or null.</summary>
        private long? BareReference(int position)
        {
            var lexer = new PdfLexer(pdf, position);
            var number = lexer.Next();
            var generation = lexer.Next();
            var r = lexer.Next();
            var end = lexer.Next();
            return number.Kind == PdfTokenKind.Number && generation.Kind == PdfTokenKind.Number
                   && r.Kind == PdfTokenKind.Keyword && lexer.Text(r).SequenceEqual("R"u8)
                   && end.Kind == PdfTokenKind.Keyword && lexer.Text(end).SequenceEqual("endobj"u8)
                ? PdfLexer.ReadOffset(pdf.AsSpan(number.Start, number.End - number.Start))
                : null;
        }

        /// <summary>
        /// Objects that are only a reference to another: PdfPig follows them by recursion, so a loop (or a long chain)
        /// would overflow the stack, which ends the process. Both are refused.
        /// </summary>
        private void CheckReferenceChains()
        {
            var done = new HashSet<long>();
            foreach (var start in _references.Keys)
            {
                var path = new HashSet<long>();
                var current = start;
                while (_references.TryGetValue(current, out var next) && !done.Contains(current))
                {
                    if (!path.Add(current))
                    {
                        throw new OverBudgetException("các đối tượng tham chiếu vòng lẫn nhau");
                    }

                    if (path.Count > budget.MaxNesting)
                    {
                        throw new OverBudgetException($"chuỗi tham chiếu dài hơn {budget.MaxNesting} bước");
                    }

                    current = next;
                }

                done.UnionWith(path);
            }
        }

        private void CheckIndirectLengths()
        {
            foreach (var (number, realLength) in _indirectLengths)
            {
                if (!_objects.TryGetValue(number, out var position))
                {
                    continue; // PdfPig then looks for endstream, as this scan did
                }

                var lexer = new PdfLexer(pdf, position);
                var token = lexer.Next();
                if (token.Kind != PdfTokenKind.Number || PdfLexer.ReadOffset(lexer.Text(token)) is not { } declared || Math.Abs(declared - realLength) > 2)
                {
                    throw new OverBudgetException("độ dài khai báo (/Length) của một luồng dữ liệu không khớp với dữ liệu thật");
                }
            }
        }

        /// <summary>startxref, then /Prev and /XRefStm from section to section: a section seen twice is a loop.</summary>
        private void WalkCrossReferences()
        {
            var tail = pdf.AsSpan(Math.Max(0, pdf.Length - TrailerSearch));
            var at = tail.LastIndexOf("startxref"u8);
            if (at < 0)
            {
                return; // PdfPig rebuilds the table from the objects, which are counted
            }

            var lexer = new PdfLexer(pdf, pdf.Length - tail.Length + at + "startxref"u8.Length);
            var first = lexer.Next();
            if (first.Kind != PdfTokenKind.Number || PdfLexer.ReadOffset(lexer.Text(first)) is not { } start)
            {
                return;
            }

            var pending = new Stack<long>([start]);
            var seen = new HashSet<long>();
            while (pending.Count > 0)
            {
                var offset = pending.Pop();
                if (offset < 0 || offset >= pdf.Length)
                {
                    continue;
                }

                if (!seen.Add(offset))
                {
                    throw new OverBudgetException("bảng tham chiếu chéo (xref) trỏ vòng về chính nó");
                }

                if (seen.Count > budget.MaxCrossReferenceSections)
                {
                    throw new OverBudgetException($"hơn {budget.MaxCrossReferenceSections} bảng tham chiếu chéo (xref)");
                }

                if (Section((int)offset) is not { } trailer)
                {
                    continue;
                }

                if (trailer.Size > 4L * budget.MaxObjects)
                {
                    throw new OverBudgetException($"bảng tham chiếu chéo khai báo hơn {PdfParseBudget.Count(4L * budget.MaxObjects)} đối tượng");
                }

                if (trailer.Previous is { } previous)
                {
                    pending.Push(previous);
                }

                if (trailer.CrossReferenceStream is { } hybrid)
                {
                    pending.Push(hybrid);
                }
            }
        }

        private (long? Previous, long? CrossReferenceStream, long? Size)? Section(int offset)
        {
            var lexer = new PdfLexer(pdf, offset);
            var token = lexer.Next();
            int dictionaryAt;
            if (token.Kind == PdfTokenKind.Keyword && lexer.Text(token).SequenceEqual("xref"u8))
            {
                var trailer = pdf.AsSpan(lexer.Position).IndexOf("trailer"u8);
                if (trailer < 0)
                {
                    return null;
                }

                dictionaryAt = lexer.Position + trailer + "trailer"u8.Length;
            }
            else if (token.Kind == PdfTokenKind.Number && lexer.Next().Kind == PdfTokenKind.Number
                     && lexer.Next() is { Kind: PdfTokenKind.Keyword } obj && lexer.Text(obj).SequenceEqual("obj"u8))
            {
                dictionaryAt = lexer.Position;
            }
            else
            {
                return null;
            }

            var values = ReadEntries(dictionaryAt, "Prev", "XRefStm", "Size");
            return values is null ? null : (Number(values, "Prev"), Number(values, "XRefStm"), Number(values, "Size"));
        }

        private StreamDictionary? ReadDictionary(int start)
        {
            var values = ReadEntries(start, "Length", "Filter", "Type", "Subtype", "Length1", "Length2", "Length3", "N", "Size");
            if (values is null)
            {
                return null;
            }

            long? lengthReference = null;
            if (values.TryGetValue("Length", out var length) && length.Count == 3 && length[2] is { Kind: PdfTokenKind.Keyword })
            {
                lengthReference = PdfLexer.ReadOffset(pdf.AsSpan(length[0].Start, length[0].End - length[0].Start));
            }

            var filters = new List<string>();
            if (values.TryGetValue("Filter", out var filter))
            {
                filters.AddRange(filter.Where(t => t.Kind == PdfTokenKind.Name).Select(t => PdfLexer.DecodeName(pdf.AsSpan(t.Start, t.End - t.Start))));
                if (filter.Any(t => t.Kind == PdfTokenKind.Keyword))
                {
                    // An indirect /Filter: unusual, and this scan does not resolve it; it cannot be bounded.
                    throw new OverBudgetException("bộ lọc nén của một luồng dữ liệu là tham chiếu gián tiếp");
                }
            }

            return new StreamDictionary(
                lengthReference is null ? Number(values, "Length") : null,
                lengthReference,
                filters,
                Name(values, "Type"),
                Name(values, "Subtype"),
                values.ContainsKey("Length1") || values.ContainsKey("Length2") || values.ContainsKey("Length3"),
                Number(values, "N"),
                Number(values, "Size"));
        }

        private long? Number(Dictionary<string, List<PdfToken>> values, string key) =>
            values.TryGetValue(key, out var tokens) && tokens.Count == 1 && tokens[0].Kind == PdfTokenKind.Number
                ? PdfLexer.ReadOffset(pdf.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start)) ?? long.MaxValue
                : null;

        private string? Name(Dictionary<string, List<PdfToken>> values, string key) =>
            values.TryGetValue(key, out var tokens) && tokens.Count == 1 && tokens[0].Kind == PdfTokenKind.Name
                ? PdfLexer.DecodeName(pdf.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start))
                : null;

        /// <summary>
        /// The tokens of the wanted top-level entries of the dictionary at <paramref name="start"/> ("12 0 R" as three
        /// tokens, an array as its inner tokens), or null when it is not a dictionary. The nesting was bounded by the walk.
        /// </summary>
        private Dictionary<string, List<PdfToken>>? ReadEntries(int start, params string[] wanted)
        {
            var lexer = new PdfLexer(pdf, start);
            if (lexer.Next().Kind != PdfTokenKind.DictionaryStart)
            {
                return null;
            }

            var entries = new Dictionary<string, List<PdfToken>>(StringComparer.Ordinal);
            var tokens = 0;
            while (tokens++ < 100_000)
            {
                var key = lexer.Next();
                if (key.Kind != PdfTokenKind.Name)
                {
                    return entries; // ">>", or the end of what can be read
                }

                var name = PdfLexer.DecodeName(lexer.Text(key));
                var value = new List<PdfToken>();
                var first = lexer.Next();
                if (first.Kind is PdfTokenKind.ArrayStart or PdfTokenKind.DictionaryStart)
                {
                    // An array's inner tokens are kept (a /Filter array of names); nested values only skipped.
                    var depth = 1;
                    while (depth > 0 && tokens++ < 100_000)
                    {
                        var token = lexer.Next();
                        if (token.Kind is PdfTokenKind.End or PdfTokenKind.Error)
                        {
                            return entries;
                        }

                        if (token.Kind is PdfTokenKind.ArrayStart or PdfTokenKind.DictionaryStart)
                        {
                            depth++;
                        }
                        else if (token.Kind is PdfTokenKind.ArrayEnd or PdfTokenKind.DictionaryEnd)
                        {
                            depth--;
                        }
                        else if (depth == 1 && first.Kind == PdfTokenKind.ArrayStart)
                        {
                            value.Add(token);
                        }
                    }
                }
                else if (first.Kind == PdfTokenKind.Number)
                {
                    value.Add(first);
                    var back = lexer.Position;
                    var generation = lexer.Next();
                    var r = lexer.Next();
                    if (generation.Kind == PdfTokenKind.Number && r.Kind == PdfTokenKind.Keyword && lexer.Text(r).SequenceEqual("R"u8))
                    {
                        value.Add(generation);
                        value.Add(r);
                    }
                    else
                    {
                        lexer.Position = back;
                    }
                }
                else if (first.Kind is PdfTokenKind.End or PdfTokenKind.Error or PdfTokenKind.DictionaryEnd)
                {
                    return entries;
                }
                else
                {
                    value.Add(first);
                }

                if (wanted.Contains(name))
                {
                    entries[name] = value;
                }
            }

            return entries;
        }

        /// <summary>Counts what one stage of a filter chain produces, against the per-stream and per-file limits.</summary>
        private sealed class CountingStream(Stream inner, Scan scan) : Stream
        {
            private long _total;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                var read = inner.Read(buffer);
                _total += read;
                scan.Counted(read, _total);
                return read;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }

    /// <summary>
    /// Follows arrays and dictionaries through decoded PDF syntax, chunk by chunk, skipping strings, comments and
    /// inline image data (between "ID" and "EI").
    /// </summary>
    private sealed class ContentNesting(int maxNesting)
    {
        private int _depth;
        private int _stringDepth;
        private bool _escape;
        private bool _hex;
        private bool _comment;
        private bool _image;
        private bool _pendingLess;
        private bool _pendingGreater;
        private bool _hexHigh;
        private int _window;

        /// <summary>Bytes of literal and hex strings seen so far (each can be a glyph placed on a page).</summary>
        public long StringBytes { get; private set; } // the last three bytes outside strings, to find " ID " and " EI "

        public bool Feed(ReadOnlySpan<byte> chunk)
        {
            foreach (var b in chunk)
            {
                if (_image)
                {
                    _window = ((_window << 8) | b) & 0xFFFFFF;
                    if (PdfLexer.IsWhitespace(b) && IsWord(_window >> 8, 'E', 'I'))
                    {
                        _image = false;
                    }

                    continue;
                }

                if (_stringDepth > 0)
                {
                    StringBytes++;
                    if (_escape)
                    {
                        _escape = false;
                    }
                    else if (b == '\\')
                    {
                        _escape = true;
                    }
                    else if (b == '(')
                    {
                        _stringDepth++;
                    }
                    else if (b == ')')
                    {
                        _stringDepth--;
                    }

                    continue;
                }

                if (_comment)
                {
                    _comment = b is not (byte)'\r' and not (byte)'\n';
                    continue;
                }

                if (_pendingLess)
                {
                    _pendingLess = false;
                    if (b == '<')
                    {
                        if (++_depth > maxNesting)
                        {
                            return false;
                        }

                        continue;
                    }

                    _hex = true;
                }

                if (_hex)
                {
                    _hex = b != '>';
                    if (_hex && char.IsAsciiHexDigit((char)b) && (_hexHigh = !_hexHigh))
                    {
                        StringBytes++;
                    }

                    continue;
                }

                if (_pendingGreater)
                {
                    _pendingGreater = false;
                    if (b == '>')
                    {
                        _depth = Math.Max(0, _depth - 1);
                        continue;
                    }
                }

                switch (b)
                {
                    case (byte)'(':
                        _stringDepth = 1;
                        break;
                    case (byte)'%':
                        _comment = true;
                        break;
                    case (byte)'<':
                        _pendingLess = true;
                        break;
                    case (byte)'>':
                        _pendingGreater = true;
                        break;
                    case (byte)'[':
                        if (++_depth > maxNesting)
                        {
                            return false;
                        }

                        break;
                    case (byte)']':
                        _depth = Math.Max(0, _depth - 1);
                        break;
                }

                if (PdfLexer.IsWhitespace(b) && IsWord(_window, 'I', 'D'))
                {
                    _image = true;
                }

                _window = ((_window << 8) | b) & 0xFFFFFF;
            }

            return true;
        }

        /// <summary>Three bytes: a whitespace or delimiter, then the two letters.</summary>
        private static bool IsWord(int window, char first, char second) =>
            (window & 0xFF) == second && ((window >> 8) & 0xFF) == first && !PdfLexer.IsRegular((byte)(window >> 16));
    }
}
