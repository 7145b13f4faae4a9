using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CcHc.Infrastructure.Signatures;

/// <summary>Where the signature goes on a page: the space between the signer's title and name (PDF user space).</summary>
internal sealed record SignaturePlace(int PageNumber, double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}

/// <summary>
/// Finds the signer block of a document laid out as Nghị định 30 prescribes (and as CcHc prints it): on the last page
/// that has "Nơi nhận:", the right-hand column from that line down holds the signer's authority and title ("TM. ỦY BAN
/// NHÂN DÂN" / "CHỦ TỊCH"), a blank space for the signature, then the signer's name. The space is the first vertical
/// gap of at least <see cref="MinimumSpace"/> between two lines of that column. It is read from the pages' text
/// positions (PdfPig letters), so no marker needs printing and exports made before this still place correctly; a file
/// without such a block (a letter from elsewhere, a scan) yields null and the caller falls back to the page foot.
/// </summary>
internal static class SignerBlock
{
    /// <summary>About 14 mm: CcHc leaves 28 mm; a line gap or a paragraph break is far less.</summary>
    public const double MinimumSpace = 40;

    /// <summary>The signature's width when the block's lines are narrower (about 85 mm).</summary>
    public const double MinimumWidth = 240;

    private const int PagesExamined = 40;

    public static SignaturePlace? Find(PdfDocument document)
    {
        var last = document.NumberOfPages;
        for (var number = last; number >= 1 && number > last - PagesExamined; number--)
        {
            var page = document.GetPage(number);
            if (Find(page, number) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static SignaturePlace? Find(Page page, int number)
    {
        var runs = Runs(page.Letters);
        var recipients = runs.LastOrDefault(r => Compact(r.Text).StartsWith("Nơinhận", StringComparison.Ordinal));
        if (recipients is null)
        {
            return null;
        }

        var bounds = page.CropBox.Bounds;
        var middle = (bounds.Left + bounds.Right) / 2;
        var column = runs
            .Where(r => r.Left > recipients.Right && (r.Left + r.Right) / 2 > middle && r.Baseline <= recipients.Baseline + 8)
            .OrderByDescending(r => r.Baseline)
            .ToList();
        for (var i = 0; i + 1 < column.Count; i++)
        {
            var (above, below) = (column[i], column[i + 1]);
            if (above.Bottom - below.Top < MinimumSpace)
            {
                continue;
            }

            // The block: the title lines above the space and the name below it; the signature is centred on them.
            var block = column.Take(i + 2).ToList();
            var left = block.Min(r => r.Left);
            var right = block.Max(r => r.Right);
            var centre = (left + right) / 2;
            var half = Math.Max(right - left, MinimumWidth) / 2;
            left = Math.Max(Math.Max(centre - half, recipients.Right + 4), bounds.Left);
            right = Math.Min(centre + half, bounds.Right - 4);
            return new SignaturePlace(number, left, below.Top + 1, right, above.Bottom - 1);
        }

        return null;
    }

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>One run of text: letters on one baseline with no wide horizontal gap between them.</summary>
    private sealed record Run(string Text, double Left, double Right, double Baseline, double Bottom, double Top);

    private static List<Run> Runs(IReadOnlyList<Letter> letters)
    {
        var runs = new List<Run>();
        var lines = letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y / 2))
            .OrderByDescending(g => g.Key);
        foreach (var line in lines)
        {
            var ordered = line.OrderBy(l => l.StartBaseLine.X).ToList();
            var start = 0;
            for (var i = 1; i <= ordered.Count; i++)
            {
                if (i < ordered.Count && ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X < 2.5 * Size(ordered[i - 1]))
                {
                    continue;
                }

                runs.Add(ToRun(ordered.GetRange(start, i - start)));
                start = i;
            }
        }

        return runs;
    }

    private static double Size(Letter letter) => Math.Max(letter.BoundingBox.Height, Math.Max(letter.PointSize, 4));

    private static Run ToRun(List<Letter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > 0.15 * Size(letters[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(letters[i].Value);
        }

        var baseline = letters.Average(l => l.StartBaseLine.Y);
        var size = letters.Max(Size);
        return new Run(
            text.ToString().Normalize(NormalizationForm.FormC),
            letters.Min(l => Math.Min(l.StartBaseLine.X, l.BoundingBox.Left)),
            letters.Max(l => Math.Max(l.EndBaseLine.X, l.BoundingBox.Right)),
            baseline,
            Math.Min(letters.Min(l => l.BoundingBox.Bottom), baseline - (0.25 * size)),
            Math.Max(letters.Max(l => l.BoundingBox.Top), baseline + (0.92 * size)));
    }
}
