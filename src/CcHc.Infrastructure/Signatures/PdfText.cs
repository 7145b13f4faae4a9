using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The text of a PDF, normalised so that two files can be compared for "same words on the same pages" when a signing
/// tool rewrote the file instead of appending to it. Three layers keep the signer's additions out:
/// <list type="number">
/// <item>only the pages' own content streams are read (PdfPig does not draw annotations), so a visible signature that
/// is a widget annotation — what every incremental signer writes, CcHc's <see cref="PdfSigner"/> included — never
/// counts;</item>
/// <item>lines that start with a signature-block label (<see cref="SignatureBlockLabels"/>) are dropped, for tools
/// that stamp the block into the page content itself;</item>
/// <item>whitespace is collapsed, spaces before combining marks removed, and the text put in Unicode NFC, so that a
/// different font encoding of the same words compares equal.</item>
/// </list>
/// Layout, fonts and images are not compared; neither is a page that only one of the files has.
/// </summary>
public static class PdfText
{
    /// <summary>How the signature blocks of Vietnamese signing tools begin their lines.</summary>
    public static readonly IReadOnlyList<string> SignatureBlockLabels = ["Ký bởi", "Người ký:", "Cơ quan:", "Thời gian ký:", "Ngày ký:"];

    /// <summary>The normalised text of each page, or null when the file cannot be read as a PDF or is past the default budget.</summary>
    public static IReadOnlyList<string>? Pages(byte[] pdf) => Read(pdf, PdfParseBudget.Default).Pages;

    /// <summary>
    /// The normalised text of each page under <paramref name="budget"/>: the file's structure is walked first
    /// (<see cref="PdfStructureScan"/>), then PdfPig reads page after page while the time and the bytes allocated on
    /// this thread stay within the budget. Past it, the refusal says which limit, in Vietnamese.
    /// </summary>
    public static PdfTextResult Read(byte[] pdf, PdfParseBudget budget)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(budget);
        if (!pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            return PdfTextResult.Unreadable;
        }

        if (PdfStructureScan.Check(pdf, budget) is { } refusal)
        {
            return new PdfTextResult(null, refusal);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > budget.MaxPages)
            {
                return new PdfTextResult(null, PdfParseBudget.Refusal($"hơn {budget.MaxPages} trang"));
            }

            var pages = new List<string>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (clock.Elapsed > budget.MaxTextTime)
                {
                    return new PdfTextResult(null, PdfParseBudget.Refusal($"đọc chữ mất hơn {budget.MaxTextTime.TotalSeconds:0.#} giây"));
                }

                pages.Add(PageText(document.GetPage(number)));
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                if (allocated - allocatedBefore > budget.MaxTextAllocation)
                {
                    return new PdfTextResult(null, PdfParseBudget.Refusal($"đọc chữ một trang cần hơn {PdfParseBudget.Megabytes(budget.MaxTextAllocation)} bộ nhớ"));
                }

                allocatedBefore = allocated;
            }

            return new PdfTextResult(pages, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged files with many exception types; for this question they all mean "not readable".
            return PdfTextResult.Unreadable;
        }
    }

    /// <summary>Both files are readable PDFs with the same number of pages and the same normalised text on each.</summary>
    public static bool SameText(byte[] a, byte[] b) => SameText(a, b, PdfParseBudget.Default) == true;

    /// <summary>Whether both files have the same text, or null when either is past the budget.</summary>
    public static bool? SameText(byte[] a, byte[] b, PdfParseBudget budget)
    {
        var first = Read(a, budget);
        if (first.Refusal is not null)
        {
            return null;
        }

        var second = Read(b, budget);
        if (second.Refusal is not null)
        {
            return null;
        }

        return first.Pages is { } x && second.Pages is { } y && x.SequenceEqual(y, StringComparer.Ordinal);
    }

    /// <summary>Collapses whitespace, removes spaces before combining marks, and composes (NFC).</summary>
    public static string Normalise(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }

                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && collapsed.Length > 0 && collapsed[^1] == ' ')
            {
                collapsed.Length--;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The page's lines top to bottom, each left to right, from the placed letters: letters on one baseline (within half
    /// a letter's height) form a line; a gap wider than a third of the letter's height is a space. Both files of a
    /// comparison go through the same reading, so only their text matters, not how a tool split the words.
    /// (PdfPig's word extractor costs far more and gives nothing this comparison needs.)
    /// </summary>
    private static string PageText(Page page)
    {
        var lines = new List<(double Baseline, List<Letter> Letters)>();
        foreach (var letter in page.Letters.OrderByDescending(l => l.StartBaseLine.Y))
        {
            var tolerance = Math.Max(1.5, letter.PointSize / 2);
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - letter.StartBaseLine.Y) <= tolerance)
            {
                lines[^1].Letters.Add(letter);
            }
            else
            {
                lines.Add((letter.StartBaseLine.Y, [letter]));
            }
        }

        var text = new List<string>(lines.Count);
        var line = new StringBuilder();
        foreach (var (_, letters) in lines)
        {
            line.Clear();
            Letter? previous = null;
            foreach (var letter in letters.OrderBy(l => l.StartBaseLine.X))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > Math.Max(1.0, letter.PointSize / 3))
                {
                    line.Append(' ');
                }

                line.Append(letter.Value);
                previous = letter;
            }

            var normalised = Normalise(line.ToString());
            if (normalised.Length > 0 && !SignatureBlockLabels.Any(label => normalised.StartsWith(label, StringComparison.Ordinal)))
            {
                text.Add(normalised);
            }
        }

        return string.Join(" ", text);
    }
}

/// <summary>The pages' text; or null pages, with <see cref="Refusal"/> set when the file is past the budget.</summary>
public sealed record PdfTextResult(IReadOnlyList<string>? Pages, string? Refusal)
{
    public static PdfTextResult Unreadable { get; } = new(null, null);
}
