namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// How many lines a wrapped cell takes and how tall its row must be, estimated from the column width and the text —
/// what ClosedXML's AdjustToContents would measure, but without GDI+ (which it needs and the server has not).
/// A column width is counted, as Excel does, in widths of the default font's digit; a Times New Roman letter of running
/// Vietnamese text is narrower than a digit (LibreOffice prints about 1.4 letters a width unit), a capital or a bold
/// letter wider, so the estimate counts 1.2 letters a unit (bold: 1.1 times wider) and never splits a word it can keep
/// whole. It errs on the generous side: a row a line too tall reads well, a row a line too short hides text.
/// </summary>
public static class WrappedLines
{
    /// <summary>Excel's row height limit in points.</summary>
    public const double MaxRowHeight = 409;

    /// <summary>The cell's inner padding, in digit widths, lost on each line.</summary>
    private const double Padding = 1;

    /// <summary>Letters of running text a width unit holds (a digit width: Times New Roman letters are narrower).</summary>
    private const double LettersPerUnit = 1.2;

    /// <summary>The width a letter of bold text takes, relative to regular text.</summary>
    private const double BoldFactor = 1.1;

    /// <summary>
    /// The lines <paramref name="text"/> takes in a wrapped cell <paramref name="columnWidth"/> wide (Excel width units
    /// of a <paramref name="defaultFontSize"/> pt default font), written in <paramref name="fontSize"/> pt. Each line
    /// break starts a line; an empty text takes one line.
    /// </summary>
    public static int Count(string? text, double columnWidth, double fontSize = 12, bool bold = false, double defaultFontSize = 12)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var perLine = Math.Max(1, (int)Math.Floor((columnWidth - Padding) * LettersPerUnit * defaultFontSize / fontSize / (bold ? BoldFactor : 1)));
        var lines = 0;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lines += ParagraphLines(paragraph, perLine);
        }

        return lines;
    }

    /// <summary>The height in points of a row of <paramref name="lines"/> lines of <paramref name="fontSize"/> pt text, capped at Excel's limit.</summary>
    public static double RowHeight(int lines, double fontSize = 12) =>
        Math.Min(MaxRowHeight, Math.Round((Math.Max(1, lines) * fontSize * 1.3) + 3, 2));

    /// <summary>Greedy word wrap, as Excel and LibreOffice do: a word that does not fit starts a line; a longer word is cut.</summary>
    private static int ParagraphLines(string paragraph, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = word.Length;
            var needed = used == 0 ? length : used + 1 + length;
            if (needed <= perLine)
            {
                used = needed;
                continue;
            }

            if (used > 0)
            {
                lines++;
            }

            // A word longer than a line fills whole lines and leaves its tail on the last one.
            lines += (length - 1) / perLine;
            used = ((length - 1) % perLine) + 1;
        }

        return lines;
    }
}
