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

    /// <summary>The normalised text of each page, or null when the file cannot be read as a PDF.</summary>
    public static IReadOnlyList<string>? Pages(byte[] pdf)
    {
        if (!pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            return null;
        }

        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return [.. document.GetPages().Select(PageText)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged files with many exception types; for this question they all mean "not readable".
            return null;
        }
    }

    /// <summary>Both files are readable PDFs with the same number of pages and the same normalised text on each.</summary>
    public static bool SameText(byte[] a, byte[] b) =>
        Pages(a) is { } first && Pages(b) is { } second && first.SequenceEqual(second, StringComparer.Ordinal);

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

    private static string PageText(Page page)
    {
        var lines = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var tolerance = Math.Max(1.5, word.BoundingBox.Height / 2);
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - word.BoundingBox.Bottom) <= tolerance)
            {
                lines[^1].Words.Add(word);
            }
            else
            {
                lines.Add((word.BoundingBox.Bottom, [word]));
            }
        }

        var text = lines
            .Select(l => Normalise(string.Join(" ", l.Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .Where(l => l.Length > 0 && !SignatureBlockLabels.Any(label => l.StartsWith(label, StringComparison.Ordinal)));
        return string.Join(" ", text);
    }
}
