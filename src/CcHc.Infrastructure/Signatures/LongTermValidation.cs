using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Long-term validation data appended after the last signature: a Document Security Store (ISO 32000-2, 12.8.4.3;
/// ETSI EN 319 142-1, 5.4) in one or more incremental updates that add nothing else.
/// </summary>
/// <param name="Certificates">Distinct certificates of the DSS (its /Certs and the /VRI entries' /Cert), by content.</param>
/// <param name="Crls">Distinct CRLs.</param>
/// <param name="OcspResponses">Distinct OCSP responses.</param>
/// <param name="Updates">Incremental updates after the last signature, each a DSS update.</param>
public sealed record LongTermValidationData(int Certificates, int Crls, int OcspResponses, int Updates)
{
    /// <summary>The certificates of the DSS (they may complete a chain, never anchor one).</summary>
    public IReadOnlyList<byte[]> CertificateData { get; init; } = [];

    /// <summary>"Có dữ liệu kiểm tra dài hạn (DSS): n chứng thư, m CRL, k OCSP".</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"Có dữ liệu kiểm tra dài hạn (DSS): {Certificates} chứng thư, {Crls} CRL, {OcspResponses} OCSP");
}

/// <summary>What the bytes after the last signature are: accepted DSS data, or the refusal (null when not a DSS at all).</summary>
internal sealed record AppendedAnalysis(LongTermValidationData? Data, string? Refusal);

/// <summary>
/// Reads the incremental updates after the last signature and accepts them only when each adds a DSS and nothing
/// else: the catalog rewritten with the same entries but /DSS (and /Extensions, /Version, which name the PDF level and
/// cannot change what is shown), the cross-reference section pointing only at the update's own objects, /Prev at the
/// signed revision's, and every other object of the update reached from the DSS — its dictionary, the /VRI dictionaries,
/// their arrays, and streams that parse, under a budget, as a certificate, a CRL, an OCSP response or a timestamp token.
/// DSS objects take new numbers (at or above the previous /Size) or those of an earlier accepted DSS update, so they
/// can never stand in for a page or a font. Everything is read from the raw bytes with <see cref="PdfLexer"/>; it never throws.
/// </summary>
internal static class LongTermValidation
{
    public const int MaxUpdates = 8;
    private const int MaxObjectsPerUpdate = 2_000;
    private const int MaxTokens = 200_000;
    private const int MaxDepth = 16;
    private const int TrailerSearch = 1024;
    private static readonly System.Buffers.SearchValues<byte> Blank = System.Buffers.SearchValues.Create(" \t\r\n\f\0"u8);

    private enum Kind
    {
        Certificate,
        Crl,
        Ocsp,
        Timestamp,
    }

    private abstract record Value;

    private sealed record DictionaryValue(Dictionary<string, Value> Entries) : Value;

    private sealed record ArrayValue(List<Value> Items) : Value;

    private sealed record Reference(long Number, long Generation) : Value;

    private sealed record Atom(string Text) : Value;

    private sealed record PdfObject(long Number, long Generation, int Offset, Value Value, int StreamStart, int StreamLength);

    private sealed class Update
    {
        public Dictionary<long, PdfObject> Objects { get; } = [];

        public List<(long Number, long Offset, long Generation, bool InUse)> Entries { get; } = [];

        public DictionaryValue? Trailer { get; set; }

        public long? CrossReferenceOffset { get; set; }

        public long? StartXref { get; set; }

        public long? CrossReferenceStream { get; set; }

        public int End { get; set; }

        public string? Problem { get; set; }
    }

    /// <summary>Reads <paramref name="file"/> from <paramref name="covered"/> (the end of the last signed revision) to the end; never throws.</summary>
    public static AppendedAnalysis Read(ReadOnlyMemory<byte> file, int covered, IEnumerable<Range> signatureContents, PdfParseBudget budget)
    {
        try
        {
            return ReadUpdates(file, covered, signatureContents, budget);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException
                                   or IndexOutOfRangeException or KeyNotFoundException or CryptographicException or AsnContentException)
        {
            // Whatever this reader did not foresee is not accepted as validation data.
            return new AppendedAnalysis(null, null);
        }
    }

    private static AppendedAnalysis ReadUpdates(ReadOnlyMemory<byte> file, int covered, IEnumerable<Range> signatureContents, PdfParseBudget budget)
    {
        var pdf = file.Span;
        var appended = pdf.Length - covered;
        var vriKeys = VriKeys(pdf, signatureContents);
        var dssObjects = new Dictionary<long, PdfObject>();
        var validated = new Dictionary<(long Number, int Offset), Kind>(); // one definition of an object, checked once
        var contents = new Dictionary<long, byte[]>();
        var sawDss = false;
        var others = new List<string>();
        var updates = 0;
        var inflated = 0L;
        var start = covered;
        Walk? last = null;
        while (start < pdf.Length && pdf[start..].IndexOfAnyExcept(Blank) >= 0)
        {
            if (++updates > MaxUpdates)
            {
                return Refuse(sawDss, appended, $"hơn {MaxUpdates} lần cập nhật sau chữ ký cuối cùng");
            }

            var update = Parse(pdf, start);
            if (update.Problem is not null)
            {
                others.Add(update.Problem);
                break;
            }

            var previousXref = PreviousStartXref(pdf, start);
            var previousTrailer = previousXref is { } p ? SectionTrailer(pdf, (int)p) : null;
            var root = update.Trailer is { } t && t.Entries.GetValueOrDefault("Root") is Reference r ? r : null;
            sawDss |= root is not null && update.Objects.GetValueOrDefault(root.Number)?.Value is DictionaryValue { Entries: var rootEntries } && rootEntries.ContainsKey("DSS");
            if (previousTrailer is null || previousXref is null || root is null
                || previousTrailer.Entries.GetValueOrDefault("Root") is not Reference previousRoot || previousRoot.Number != root.Number
                || Integer(previousTrailer.Entries.GetValueOrDefault("Size")) is not { } previousSize)
            {
                others.Add("một cập nhật không đọc được bảng tham chiếu chéo (xref) hoặc mục lục tài liệu");
                break;
            }

            if (Problem(update, previousXref.Value) is { } structural)
            {
                others.Add(structural);
                break;
            }

            if (Canonical(update.Trailer!.Entries.GetValueOrDefault("Info")) != Canonical(previousTrailer.Entries.GetValueOrDefault("Info")))
            {
                others.Add("đổi thông tin tài liệu (/Info) trong trailer");
            }

            var catalog = update.Objects.GetValueOrDefault(root.Number);
            var walk = new Walk(file, update, dssObjects, validated, contents, vriKeys, budget, inflated);
            if (catalog?.Value is DictionaryValue newCatalog && newCatalog.Entries.TryGetValue("DSS", out var dssValue))
            {
                sawDss = true;
                if (PreviousObject(pdf, start, root.Number, root.Generation) is not DictionaryValue oldCatalog)
                {
                    return Refuse(true, appended, "không đọc được mục lục tài liệu (catalog) trước phần thêm");
                }

                var changed = newCatalog.Entries.Keys.Union(oldCatalog.Entries.Keys, StringComparer.Ordinal)
                    .Where(k => k is not ("DSS" or "Extensions" or "Version"))
                    .Where(k => Canonical(newCatalog.Entries.GetValueOrDefault(k)) != Canonical(oldCatalog.Entries.GetValueOrDefault(k)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (changed.Count > 0)
                {
                    others.Add("đổi mục lục tài liệu (catalog: " + string.Join(", ", changed.Select(k => "/" + k)) + ")");
                }

                if (ContainsReference(newCatalog.Entries.GetValueOrDefault("Extensions")) || newCatalog.Entries.GetValueOrDefault("Version") is not (null or Atom))
                {
                    others.Add("mục /Extensions hoặc /Version của mục lục trỏ tới đối tượng khác");
                }

                walk.Dss(dssValue);
                if (walk.Problem is { } bad)
                {
                    return Refuse(true, appended, bad);
                }
            }

            inflated = walk.Inflated;
            foreach (var (number, item) in update.Objects.OrderBy(o => o.Key))
            {
                if (walk.Reached.Contains(number))
                {
                    if (number < previousSize && !dssObjects.ContainsKey(number))
                    {
                        others.Add(string.Create(CultureInfo.InvariantCulture, $"ghi đè đối tượng {number} có từ trước bằng dữ liệu DSS"));
                    }

                    continue;
                }

                if (number == update.CrossReferenceStream && number < previousSize)
                {
                    others.Add(string.Create(CultureInfo.InvariantCulture, $"ghi đè đối tượng {number} có từ trước bằng bảng tham chiếu chéo"));
                    continue;
                }

                if ((number == root.Number && catalog?.Value is DictionaryValue c && c.Entries.ContainsKey("DSS")) || number == update.CrossReferenceStream)
                {
                    continue;
                }

                others.Add(Describe(item, update.Trailer));
            }

            foreach (var number in walk.Reached.Where(update.Objects.ContainsKey))
            {
                dssObjects[number] = update.Objects[number];
            }

            last = walk;
            start = update.End;
        }

        if (!sawDss)
        {
            return new AppendedAnalysis(null, null);
        }

        if (others.Count > 0)
        {
            return new AppendedAnalysis(null, PdfVerificationMessages.DssWithMore(appended, string.Join("; ", others.Distinct(StringComparer.Ordinal))));
        }

        if (last is null || !last.SawDss)
        {
            return new AppendedAnalysis(null, PdfVerificationMessages.DssWithMore(appended, "một cập nhật cuối không phải là dữ liệu DSS"));
        }

        return new AppendedAnalysis(
            new LongTermValidationData(last.Count(Kind.Certificate), last.Count(Kind.Crl), last.Count(Kind.Ocsp), updates)
            {
                CertificateData = [.. last.Streams.Where(s => s.Value == Kind.Certificate).Select(s => contents[s.Key]).DistinctBy(Convert.ToHexString)],
            },
            null);
    }

    private static AppendedAnalysis Refuse(bool sawDss, int appended, string what) =>
        new(null, sawDss ? PdfVerificationMessages.DssUnreadable(appended, what) : null);

    /// <summary>The structural rules: /Prev at the previous section, startxref at this one, entries only for the update's own objects.</summary>
    private static string? Problem(Update update, long previousXref)
    {
        if (update.Trailer is not { } trailer || update.CrossReferenceOffset is not { } offset || update.StartXref != offset)
        {
            return "một cập nhật có startxref không trỏ tới bảng tham chiếu chéo của chính nó";
        }

        if (Integer(trailer.Entries.GetValueOrDefault("Prev")) != previousXref || trailer.Entries.ContainsKey("XRefStm") || trailer.Entries.ContainsKey("Encrypt"))
        {
            return "một cập nhật có bảng tham chiếu chéo không nối tiếp bản đã ký (/Prev)";
        }

        foreach (var (number, entryOffset, generation, inUse) in update.Entries)
        {
            if (!inUse)
            {
                if (number != 0)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"xóa đối tượng {number} khỏi bảng tham chiếu chéo");
                }

                continue;
            }

            if (!update.Objects.TryGetValue(number, out var item) || item.Offset != entryOffset || item.Generation != generation)
            {
                return string.Create(CultureInfo.InvariantCulture, $"trỏ đối tượng {number} về một vị trí không thuộc phần thêm");
            }
        }

        return null;
    }

    /// <summary>Walks the DSS from the catalog's /DSS value, checking each entry and stream.</summary>
    private sealed class Walk(
        ReadOnlyMemory<byte> pdf, Update update, Dictionary<long, PdfObject> earlier, Dictionary<(long Number, int Offset), Kind> validated,
        Dictionary<long, byte[]> contents, HashSet<string> vriKeys, PdfParseBudget budget, long inflated)
    {
        public HashSet<long> Reached { get; } = [];

        public Dictionary<long, Kind> Streams { get; } = [];

        public string? Problem { get; private set; }

        public bool SawDss { get; private set; }

        public long Inflated { get; private set; } = inflated;

        /// <summary>Distinct contents of that kind (the same certificate listed twice counts once).</summary>
        public int Count(Kind kind) => Streams.Where(s => s.Value == kind).Select(s => Convert.ToHexString(SHA256.HashData(contents[s.Key]))).Distinct(StringComparer.Ordinal).Count();

        public void Dss(Value value)
        {
            SawDss = true;
            if (Resolve(value) is not DictionaryValue dss)
            {
                Problem ??= "/DSS không phải là một từ điển";
                return;
            }

            foreach (var (key, entry) in dss.Entries)
            {
                switch (key)
                {
                    case "Type":
                        break;
                    case "Certs":
                        StreamArray(entry, Kind.Certificate, "/Certs");
                        break;
                    case "CRLs":
                        StreamArray(entry, Kind.Crl, "/CRLs");
                        break;
                    case "OCSPs":
                        StreamArray(entry, Kind.Ocsp, "/OCSPs");
                        break;
                    case "VRI":
                        Vri(entry);
                        break;
                    default:
                        Problem ??= $"/DSS có mục /{key} không thuộc dữ liệu kiểm tra dài hạn";
                        break;
                }
            }
        }

        private void Vri(Value value)
        {
            if (Resolve(value) is not DictionaryValue vri)
            {
                Problem ??= "/VRI không phải là một từ điển";
                return;
            }

            foreach (var (key, entry) in vri.Entries)
            {
                if (key == "Type")
                {
                    continue;
                }

                if (key.Length != 40 || !key.All(char.IsAsciiHexDigitUpper) || !vriKeys.Contains(key))
                {
                    Problem ??= $"khóa /VRI {key} không phải là SHA-1 (hex chữ hoa) của chữ ký nào trong tệp";
                    return;
                }

                if (Resolve(entry) is not DictionaryValue item)
                {
                    Problem ??= "một mục /VRI không phải là từ điển";
                    return;
                }

                foreach (var (name, field) in item.Entries)
                {
                    switch (name)
                    {
                        case "Type" or "TU":
                            break;
                        case "Cert":
                            StreamArray(field, Kind.Certificate, "/VRI /Cert");
                            break;
                        case "CRL":
                            StreamArray(field, Kind.Crl, "/VRI /CRL");
                            break;
                        case "OCSP":
                            StreamArray(field, Kind.Ocsp, "/VRI /OCSP");
                            break;
                        case "TS":
                            Stream(field, Kind.Timestamp, "/VRI /TS");
                            break;
                        default:
                            Problem ??= $"một mục /VRI có khóa /{name} không thuộc dữ liệu kiểm tra dài hạn";
                            break;
                    }
                }
            }
        }

        private void StreamArray(Value value, Kind kind, string where)
        {
            if (Resolve(value) is not ArrayValue array)
            {
                Problem ??= $"{where} không phải là một mảng";
                return;
            }

            foreach (var item in array.Items)
            {
                Stream(item, kind, where);
            }
        }

        private void Stream(Value value, Kind kind, string where)
        {
            if (value is not Reference reference || Find(reference.Number) is not { StreamLength: >= 0 } stream)
            {
                Problem ??= $"{where} có một mục không phải là luồng dữ liệu của tệp";
                return;
            }

            Reached.Add(reference.Number);
            if (validated.TryGetValue((reference.Number, stream.Offset), out var known))
            {
                if (known != kind)
                {
                    Problem ??= string.Create(CultureInfo.InvariantCulture, $"đối tượng {reference.Number} vừa là {KindName(known)} vừa là {KindName(kind)}");
                }

                Streams[reference.Number] = kind;
                return;
            }

            var data = Decode(stream);
            if (data is null || !Parses(data, kind))
            {
                Problem ??= string.Create(CultureInfo.InvariantCulture, $"một luồng trong {where} (đối tượng {reference.Number}) không phải là {KindName(kind)}");
                return;
            }

            validated[(reference.Number, stream.Offset)] = kind;
            Streams[reference.Number] = kind;
            contents[reference.Number] = data;
        }

        private PdfObject? Find(long number)
        {
            if (update.Objects.TryGetValue(number, out var item))
            {
                return item;
            }

            return earlier.GetValueOrDefault(number);
        }

        /// <summary>A direct value, or the object a reference names — only objects of this update or an earlier DSS update.</summary>
        private Value? Resolve(Value value)
        {
            if (value is not Reference reference)
            {
                return value;
            }

            if (Find(reference.Number) is not { } item)
            {
                Problem ??= string.Create(CultureInfo.InvariantCulture, $"/DSS trỏ tới đối tượng {reference.Number} không thuộc dữ liệu kiểm tra dài hạn");
                return null;
            }

            Reached.Add(reference.Number);
            return item.StreamLength >= 0 ? null : item.Value;
        }

        private byte[]? Decode(PdfObject stream)
        {
            if (stream.Value is not DictionaryValue dictionary || dictionary.Entries.ContainsKey("DecodeParms"))
            {
                return null;
            }

            var filters = dictionary.Entries.GetValueOrDefault("Filter") switch
            {
                null => [],
                Atom { Text: ['/', ..] } name => [name.Text[1..]],
                ArrayValue { Items.Count: <= 2 } array when array.Items.All(i => i is Atom { Text: ['/', ..] }) => array.Items.Select(i => ((Atom)i).Text[1..]).ToList(),
                _ => (List<string>?)null,
            };
            if (filters is null)
            {
                return null;
            }

            System.IO.Stream data = new MemoryStream(pdf.Slice(stream.StreamStart, stream.StreamLength).ToArray(), writable: false);
            try
            {
                foreach (var filter in filters)
                {
                    if (PdfFilterStreams.IsImageCodec(filter) || PdfFilterStreams.Decode(filter, data) is not { } decoded)
                    {
                        return null;
                    }

                    data = decoded;
                }

                using var output = new MemoryStream();
                var buffer = new byte[16 * 1024];
                int read;
                while ((read = data.Read(buffer)) > 0)
                {
                    output.Write(buffer, 0, read);
                    Inflated += read;
                    if (output.Length > budget.MaxStreamBytes || Inflated > budget.MaxInflatedBytes)
                    {
                        return null;
                    }
                }

                return output.ToArray();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                return null;
            }
            finally
            {
                data.Dispose();
            }
        }
    }

    private static string KindName(Kind kind) => kind switch
    {
        Kind.Certificate => "chứng thư số",
        Kind.Crl => "danh sách chứng thư bị thu hồi (CRL)",
        Kind.Ocsp => "phản hồi OCSP",
        _ => "dấu thời gian (RFC 3161)",
    };

    /// <summary>The DER parses, as a whole, as the kind it is listed as.</summary>
    private static bool Parses(byte[] der, Kind kind)
    {
        try
        {
            switch (kind)
            {
                case Kind.Certificate:
                    AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.DER, out _, out _, out var consumed);
                    if (consumed != der.Length)
                    {
                        return false;
                    }

                    using (X509CertificateLoader.LoadCertificate(der))
                    {
                        return true;
                    }

                case Kind.Crl:
                    {
                        var reader = new AsnReader(der, AsnEncodingRules.DER);
                        var list = reader.ReadSequence();
                        reader.ThrowIfNotEmpty();
                        var tbs = list.ReadSequence();
                        list.ReadSequence();
                        list.ReadBitString(out _);
                        list.ThrowIfNotEmpty();
                        if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
                        {
                            tbs.ReadInteger();
                        }

                        tbs.ReadSequence();
                        tbs.ReadSequence();
                        return tbs.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? tbs.ReadUtcTime() != default : tbs.ReadGeneralizedTime() != default;
                    }

                case Kind.Ocsp:
                    {
                        var reader = new AsnReader(der, AsnEncodingRules.DER);
                        var response = reader.ReadSequence();
                        reader.ThrowIfNotEmpty();
                        if (response.ReadEnumeratedValue<OcspStatus>() != OcspStatus.Successful)
                        {
                            return false;
                        }

                        var bytes = response.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
                        if (bytes.ReadObjectIdentifier() != "1.3.6.1.5.5.7.48.1.1")
                        {
                            return false;
                        }

                        var basic = new AsnReader(bytes.ReadOctetString(), AsnEncodingRules.DER);
                        var body = basic.ReadSequence();
                        basic.ThrowIfNotEmpty();
                        body.ReadSequence();
                        body.ReadSequence();
                        body.ReadBitString(out _);
                        return true;
                    }

                default:
                    return Rfc3161TimestampToken.TryDecode(der, out _, out var used) && used == der.Length;
            }
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    private enum OcspStatus
    {
        Successful = 0,
    }

    /// <summary>The upper-case hex SHA-1 of each signature's /Contents, as written (zero padding kept) and without the padding.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "The /VRI keys are defined as SHA-1 digests (ISO 32000-2, 12.8.4.4); only compared, never trusted.")]
    private static HashSet<string> VriKeys(ReadOnlySpan<byte> pdf, IEnumerable<Range> signatureContents)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in signatureContents)
        {
            var contents = PdfLexer.DecodeHex(pdf[range]);
            keys.Add(Convert.ToHexString(SHA1.HashData(contents)));
            try
            {
                AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var consumed);
                keys.Add(Convert.ToHexString(SHA1.HashData(contents.AsSpan(0, consumed))));
            }
            catch (AsnContentException)
            {
                // Not a CMS: only the padded form can be a key.
            }
        }

        return keys;
    }

    /// <summary>What an object the DSS does not reach is, for the refusal.</summary>
    private static string Describe(PdfObject item, DictionaryValue? trailer)
    {
        var number = item.Number.ToString(CultureInfo.InvariantCulture);
        if (trailer?.Entries.GetValueOrDefault("Info") is Reference info && info.Number == item.Number)
        {
            return $"sửa thông tin tài liệu (/Info, đối tượng {number})";
        }

        var entries = (item.Value as DictionaryValue)?.Entries;
        var type = (entries?.GetValueOrDefault("Type") as Atom)?.Text;
        var subtype = (entries?.GetValueOrDefault("Subtype") as Atom)?.Text;
        return type switch
        {
            "/Catalog" => $"ghi lại mục lục tài liệu (catalog, đối tượng {number})",
            "/Page" => $"ghi lại một trang (đối tượng {number})",
            "/Pages" => $"ghi lại cây trang (đối tượng {number})",
            "/Annot" => $"thêm hoặc sửa chú thích (annotation) trên trang (đối tượng {number})",
            "/Font" or "/FontDescriptor" => $"thêm phông chữ (đối tượng {number})",
            "/XObject" => $"thêm hình hoặc nội dung vẽ (đối tượng {number})",
            "/ObjStm" => $"thêm đối tượng nén không đọc được chi tiết (đối tượng {number})",
            "/Sig" or "/DocTimeStamp" => $"một chữ ký chưa hoàn tất (đối tượng {number})",
            _ when subtype is "/Widget" or "/Link" or "/Text" or "/FreeText" or "/Stamp" or "/Ink" => $"thêm hoặc sửa chú thích (annotation) trên trang (đối tượng {number})",
            _ when entries is not null && (entries.ContainsKey("FT") || entries.ContainsKey("Fields")) => $"thêm hoặc sửa dữ liệu biểu mẫu (đối tượng {number})",
            _ => $"thêm một đối tượng PDF khác (đối tượng {number})",
        };
    }

    /// <summary>The offset after the last "startxref" before <paramref name="end"/>.</summary>
    private static long? PreviousStartXref(ReadOnlySpan<byte> pdf, int end)
    {
        var from = Math.Max(0, end - TrailerSearch);
        var at = pdf[from..end].LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return null;
        }

        var lexer = new PdfLexer(pdf[..end], from + at + "startxref"u8.Length);
        var token = lexer.Next();
        return token.Kind == PdfTokenKind.Number ? PdfLexer.ReadOffset(lexer.Text(token)) : null;
    }

    /// <summary>The trailer dictionary of the cross-reference section at <paramref name="offset"/> (a table's trailer, or an xref stream's dictionary).</summary>
    private static DictionaryValue? SectionTrailer(ReadOnlySpan<byte> pdf, int offset)
    {
        if (offset < 0 || offset >= pdf.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(pdf, offset);
        var tokens = MaxTokens;
        var first = lexer.Next();
        if (first.Kind == PdfTokenKind.Keyword && lexer.Text(first).SequenceEqual("xref"u8))
        {
            var at = pdf[lexer.Position..].IndexOf("trailer"u8);
            if (at < 0)
            {
                return null;
            }

            lexer.Position += at + "trailer"u8.Length;
            return ReadValue(ref lexer, lexer.Next(), 0, ref tokens) as DictionaryValue;
        }

        if (first.Kind == PdfTokenKind.Number && lexer.Next().Kind == PdfTokenKind.Number && lexer.Next() is { Kind: PdfTokenKind.Keyword } obj && lexer.Text(obj).SequenceEqual("obj"u8))
        {
            return ReadValue(ref lexer, lexer.Next(), 0, ref tokens) as DictionaryValue;
        }

        return null;
    }

    /// <summary>The last "N G obj" definition of an object before <paramref name="end"/>, read uncompressed.</summary>
    private static Value? PreviousObject(ReadOnlySpan<byte> pdf, int end, long number, long generation)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} {generation} obj"));
        var limit = end;
        while (limit > 0)
        {
            var at = pdf[..limit].LastIndexOf(header);
            if (at < 0)
            {
                return null;
            }

            limit = at;
            if (at > 0 && !PdfLexer.IsWhitespace(pdf[at - 1]))
            {
                continue;
            }

            var lexer = new PdfLexer(pdf[..end], at + header.Length);
            var tokens = MaxTokens;
            return ReadValue(ref lexer, lexer.Next(), 0, ref tokens);
        }

        return null;
    }

    /// <summary>One incremental update from <paramref name="start"/>: its objects, cross-reference entries, trailer and end (after %%EOF).</summary>
    private static Update Parse(ReadOnlySpan<byte> pdf, int start)
    {
        var update = new Update();
        var lexer = new PdfLexer(pdf, start);
        var tokens = MaxTokens;
        while (tokens-- > 0)
        {
            var token = lexer.Next();
            if (token.Kind == PdfTokenKind.End)
            {
                update.Problem = "một cập nhật không có dấu kết thúc (startxref, %%EOF)";
                return update;
            }

            if (token.Kind == PdfTokenKind.Number)
            {
                if (!ReadObject(pdf, ref lexer, token, update, ref tokens))
                {
                    update.Problem ??= "một đối tượng PDF không đọc được trong phần thêm";
                    return update;
                }

                continue;
            }

            var keyword = token.Kind == PdfTokenKind.Keyword ? Encoding.ASCII.GetString(lexer.Text(token)) : null;
            if (keyword == "xref")
            {
                update.CrossReferenceOffset = token.Start;
                if (!ReadTable(ref lexer, update, ref tokens))
                {
                    update.Problem = "bảng tham chiếu chéo (xref) của phần thêm không đọc được";
                    return update;
                }
            }
            else if (keyword == "startxref")
            {
                var offset = lexer.Next();
                update.StartXref = offset.Kind == PdfTokenKind.Number ? PdfLexer.ReadOffset(lexer.Text(offset)) : null;
                var end = lexer.Position;
                while (end < pdf.Length && PdfLexer.IsWhitespace(pdf[end]))
                {
                    end++;
                }

                if (!pdf[end..].StartsWith("%%EOF"u8))
                {
                    update.Problem = "một cập nhật không kết thúc bằng %%EOF";
                    return update;
                }

                end += "%%EOF"u8.Length;
                while (end < pdf.Length && pdf[end] is (byte)'\r' or (byte)'\n')
                {
                    end++;
                }

                update.End = end;
                return update;
            }
            else
            {
                update.Problem = string.Create(CultureInfo.InvariantCulture, $"{pdf.Length - token.Start} byte dữ liệu không thuộc cấu trúc PDF");
                return update;
            }
        }

        update.Problem = "phần thêm quá lớn để đọc";
        return update;
    }

    private static bool ReadObject(ReadOnlySpan<byte> pdf, ref PdfLexer lexer, PdfToken first, Update update, ref int tokens)
    {
        var generation = lexer.Next();
        var obj = lexer.Next();
        if (generation.Kind != PdfTokenKind.Number || obj.Kind != PdfTokenKind.Keyword || !lexer.Text(obj).SequenceEqual("obj"u8)
            || PdfLexer.ReadOffset(lexer.Text(first)) is not { } number || PdfLexer.ReadOffset(lexer.Text(generation)) is not { } generationNumber
            || update.Objects.Count >= MaxObjectsPerUpdate || update.Objects.ContainsKey(number))
        {
            return false;
        }

        var value = ReadValue(ref lexer, lexer.Next(), 0, ref tokens);
        if (value is null)
        {
            return false;
        }

        var next = lexer.Next();
        int streamStart = -1, streamLength = -1;
        if (next.Kind == PdfTokenKind.Keyword && lexer.Text(next).SequenceEqual("stream"u8))
        {
            streamStart = lexer.Position;
            if (streamStart < pdf.Length && pdf[streamStart] == '\r')
            {
                streamStart++;
            }

            if (streamStart < pdf.Length && pdf[streamStart] == '\n')
            {
                streamStart++;
            }

            if (value is not DictionaryValue dictionary || Integer(dictionary.Entries.GetValueOrDefault("Length")) is not { } length
                || length > pdf.Length - streamStart)
            {
                return false;
            }

            streamLength = (int)length;
            var after = streamStart + streamLength;
            while (after < pdf.Length && PdfLexer.IsWhitespace(pdf[after]))
            {
                after++;
            }

            if (!pdf[after..].StartsWith("endstream"u8))
            {
                return false;
            }

            lexer.Position = after + "endstream"u8.Length;
            next = lexer.Next();
            if (value is DictionaryValue { Entries: var entries } && entries.GetValueOrDefault("Type") is Atom { Text: "/XRef" })
            {
                if (!ReadCrossReferenceStream(pdf.Slice(streamStart, streamLength), entries, number, first.Start, update))
                {
                    update.Problem = "bảng tham chiếu chéo dạng luồng của phần thêm không đọc được (CcHc chỉ đọc loại không nén hoặc nén Flate không dự đoán)";
                    return false;
                }
            }
        }

        if (next.Kind != PdfTokenKind.Keyword || !lexer.Text(next).SequenceEqual("endobj"u8))
        {
            return false;
        }

        update.Objects[number] = new PdfObject(number, generationNumber, first.Start, value, streamStart, streamLength);
        return true;
    }

    private static bool ReadTable(ref PdfLexer lexer, Update update, ref int tokens)
    {
        while (tokens-- > 0)
        {
            var token = lexer.Next();
            if (token.Kind == PdfTokenKind.Keyword && lexer.Text(token).SequenceEqual("trailer"u8))
            {
                update.Trailer = ReadValue(ref lexer, lexer.Next(), 0, ref tokens) as DictionaryValue;
                return update.Trailer is not null;
            }

            var count = lexer.Next();
            if (token.Kind != PdfTokenKind.Number || count.Kind != PdfTokenKind.Number
                || PdfLexer.ReadOffset(lexer.Text(token)) is not { } first || PdfLexer.ReadOffset(lexer.Text(count)) is not { } n || n > MaxObjectsPerUpdate)
            {
                return false;
            }

            for (var i = 0L; i < n; i++)
            {
                var offset = lexer.Next();
                var generation = lexer.Next();
                var kind = lexer.Next();
                tokens -= 3;
                if (offset.Kind != PdfTokenKind.Number || generation.Kind != PdfTokenKind.Number || kind.Kind != PdfTokenKind.Keyword
                    || PdfLexer.ReadOffset(lexer.Text(offset)) is not { } at || PdfLexer.ReadOffset(lexer.Text(generation)) is not { } g
                    || update.Entries.Count >= MaxObjectsPerUpdate || tokens < 0)
                {
                    return false;
                }

                var text = lexer.Text(kind);
                if (!text.SequenceEqual("n"u8) && !text.SequenceEqual("f"u8))
                {
                    return false;
                }

                update.Entries.Add((first + i, at, g, text.SequenceEqual("n"u8)));
            }
        }

        return false;
    }

    /// <summary>An xref stream of the update (uncompressed or Flate without predictor): its entries, and it is the trailer.</summary>
    private static bool ReadCrossReferenceStream(ReadOnlySpan<byte> raw, Dictionary<string, Value> entries, long number, int offset, Update update)
    {
        if (entries.ContainsKey("DecodeParms") || update.Trailer is not null
            || entries.GetValueOrDefault("W") is not ArrayValue { Items.Count: 3 } w || w.Items.Select(Integer).ToList() is not [{ } w0, { } w1, { } w2]
            || w0 > 4 || w1 > 8 || w2 > 4)
        {
            return false;
        }

        byte[] data;
        try
        {
            data = entries.GetValueOrDefault("Filter") switch
            {
                null => raw.ToArray(),
                Atom { Text: "/FlateDecode" } => Inflate(raw),
                _ => throw new InvalidDataException(),
            };
        }
        catch (InvalidDataException)
        {
            return false;
        }

        var size = Integer(entries.GetValueOrDefault("Size")) ?? 0;
        var index = entries.GetValueOrDefault("Index") is ArrayValue indexArray ? indexArray.Items.Select(Integer).ToList() : new List<long?> { 0, size };
        var width = (int)(w0 + w1 + w2);
        if (width == 0 || index.Count % 2 != 0 || index.Any(i => i is null))
        {
            return false;
        }

        var position = 0;
        for (var i = 0; i < index.Count; i += 2)
        {
            for (var k = 0L; k < index[i + 1]!.Value; k++)
            {
                if (position + width > data.Length || update.Entries.Count >= MaxObjectsPerUpdate)
                {
                    return false;
                }

                var type = w0 == 0 ? 1 : Field(data, position, (int)w0);
                var field2 = Field(data, position + (int)w0, (int)w1);
                var field3 = Field(data, position + (int)(w0 + w1), (int)w2);
                position += width;
                if (type is not (0 or 1))
                {
                    return false; // an object in an object stream: not DSS data
                }

                update.Entries.Add((index[i]!.Value + k, field2, field3, type == 1));
            }
        }

        update.Trailer = new DictionaryValue(entries);
        update.CrossReferenceOffset = offset;
        update.CrossReferenceStream = number;
        return true;
    }

    private static long Field(byte[] data, int at, int width)
    {
        var value = 0L;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[at + i];
        }

        return value;
    }

    private static byte[] Inflate(ReadOnlySpan<byte> raw)
    {
        using var input = new MemoryStream(raw.ToArray());
        using var zlib = new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = zlib.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > 8 * MaxObjectsPerUpdate * 20)
            {
                throw new InvalidDataException();
            }
        }

        return output.ToArray();
    }

    private static Value? ReadValue(ref PdfLexer lexer, PdfToken first, int depth, ref int tokens)
    {
        if (--tokens < 0 || depth > MaxDepth)
        {
            return null;
        }

        switch (first.Kind)
        {
            case PdfTokenKind.DictionaryStart:
                var entries = new Dictionary<string, Value>(StringComparer.Ordinal);
                while (true)
                {
                    var key = lexer.Next();
                    if (key.Kind == PdfTokenKind.DictionaryEnd)
                    {
                        return new DictionaryValue(entries);
                    }

                    if (key.Kind != PdfTokenKind.Name || ReadValue(ref lexer, lexer.Next(), depth + 1, ref tokens) is not { } value)
                    {
                        return null;
                    }

                    entries[PdfLexer.DecodeName(lexer.Text(key))] = value;
                }

            case PdfTokenKind.ArrayStart:
                var items = new List<Value>();
                while (true)
                {
                    var token = lexer.Next();
                    if (token.Kind == PdfTokenKind.ArrayEnd)
                    {
                        return new ArrayValue(items);
                    }

                    if (ReadValue(ref lexer, token, depth + 1, ref tokens) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                }

            case PdfTokenKind.Number:
                var back = lexer.Position;
                var generation = lexer.Next();
                var r = lexer.Next();
                if (generation.Kind == PdfTokenKind.Number && r.Kind == PdfTokenKind.Keyword && lexer.Text(r).SequenceEqual("R"u8)
                    && PdfLexer.ReadOffset(lexer.Text(first)) is { } number && PdfLexer.ReadOffset(lexer.Text(generation)) is { } g)
                {
                    return new Reference(number, g);
                }

                lexer.Position = back;
                return new Atom(Encoding.ASCII.GetString(lexer.Text(first)));
            case PdfTokenKind.Name:
                return new Atom("/" + PdfLexer.DecodeName(lexer.Text(first)));
            case PdfTokenKind.LiteralString or PdfTokenKind.HexString:
                return new Atom("<" + Convert.ToHexString(PdfLexer.DecodeString(lexer.Text(first))) + ">");
            case PdfTokenKind.Keyword:
                var word = Encoding.ASCII.GetString(lexer.Text(first));
                return word is "true" or "false" or "null" ? new Atom(word) : null;
            default:
                return null;
        }
    }

    private static long? Integer(Value? value) => value is Atom atom && PdfLexer.ReadOffset(Encoding.ASCII.GetBytes(atom.Text)) is { } number ? number : null;

    private static bool ContainsReference(Value? value) => value switch
    {
        Reference => true,
        DictionaryValue d => d.Entries.Values.Any(ContainsReference),
        ArrayValue a => a.Items.Any(ContainsReference),
        _ => false,
    };

    /// <summary>A value as text with dictionary keys in order, so two writers' spellings of the same value compare equal.</summary>
    private static string? Canonical(Value? value) => value switch
    {
        null => null,
        Atom atom => atom.Text,
        Reference reference => string.Create(CultureInfo.InvariantCulture, $"{reference.Number} {reference.Generation} R"),
        ArrayValue array => "[" + string.Join(" ", array.Items.Select(Canonical)) + "]",
        DictionaryValue dictionary => "<<" + string.Join(" ", dictionary.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => "/" + e.Key + " " + Canonical(e.Value))) + ">>",
        _ => null,
    };
}
