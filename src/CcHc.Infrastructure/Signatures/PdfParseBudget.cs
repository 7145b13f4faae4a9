using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// How much work reading one uploaded PDF may cost (settings "Security:PdfParse:*"). Every step that reads an upload
/// — the public checking page, the signed-copy upload, the text comparison — runs under one of these: the raw file is
/// first walked by <see cref="PdfStructureScan"/> (objects, nesting, cross-reference chain, every stream inflated into
/// a counter and never kept), and only a file within all limits reaches PdfPig, whose text extraction is then watched
/// page by page for time and allocation. The defaults are far above a real plan (a CcHc export of a dozen pages
/// inflates to well under 1 MB and has a few hundred objects) and far below what hurts the server.
/// </summary>
public sealed class PdfParseBudget
{
    /// <summary>The limits used when none are configured.</summary>
    public static PdfParseBudget Default { get; } = new();

    /// <summary>Bytes one stream may inflate to, through its whole filter chain.</summary>
    public long MaxStreamBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Bytes all the streams of the file may inflate to together.</summary>
    public long MaxInflatedBytes { get; set; } = 24L * 1024 * 1024;

    /// <summary>Bytes of PDF syntax PdfPig parses to read the text: content, form and object streams, CMaps, inflated.</summary>
    public long MaxContentBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Bytes inside the strings of that syntax — each may be one glyph placed on a page, PdfPig's dearest work.</summary>
    public long MaxStringBytes { get; set; } = 384L * 1024;

    /// <summary>
    /// Bytes inside the strings of one stream (Chromium writes one content stream per page): bounds the cost of one
    /// page, which the time limit cannot interrupt. A page of a real plan has a few kilobytes.
    /// </summary>
    public long MaxStringBytesPerStream { get; set; } = 32L * 1024;

    /// <summary>Indirect objects in the file, those packed in object streams included.</summary>
    public int MaxObjects { get; set; } = 20_000;

    /// <summary>Arrays and dictionaries nested in one another, in the file and in content and object streams.</summary>
    public int MaxNesting { get; set; } = 32;

    /// <summary>Filters chained on one stream.</summary>
    public int MaxFilters { get; set; } = 4;

    /// <summary>Cross-reference sections chained by /Prev (one per revision; a signed plan has two or three).</summary>
    public int MaxCrossReferenceSections { get; set; } = 64;

    /// <summary>Pages whose text is read.</summary>
    public int MaxPages { get; set; } = 300;

    /// <summary>Bytes hashed to check the signatures, over all of them (each covers at most the whole file).</summary>
    public long MaxSignedBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Bytes the text extraction of one page may allocate (measured on its thread after each page; short-lived garbage:
    /// a page of a real plan allocates 1–3 MB; the time limit bounds the whole file).
    /// </summary>
    public long MaxTextAllocation { get; set; } = 64L * 1024 * 1024;

    /// <summary>Wall-clock time for the structure walk.</summary>
    public TimeSpan MaxTime { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Wall-clock time for the text extraction, checked between pages. PdfPig reads a page of a real plan in about
    /// 20–50 ms on a busy 2-core machine, so a plan of 40 pages needs up to 2 s (twice that while the machine is busy).
    /// </summary>
    public TimeSpan MaxTextTime { get; set; } = TimeSpan.FromSeconds(5);

    public static PdfParseBudget From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var budget = new PdfParseBudget();
        configuration.GetSection("Security:PdfParse").Bind(budget);
        return budget;
    }

    /// <summary>The plain Vietnamese refusal for a file past one of the limits.</summary>
    public static string Refusal(string what) =>
        $"Tệp PDF vượt quá giới hạn xử lý của CcHc ({what}), nên CcHc không đọc tệp này. Tệp PDF kế hoạch thật không như vậy: hãy tải lên đúng tệp nhận được từ CcHc hoặc từ công cụ ký số.";

    internal static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " MB";

    internal static string Count(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}
