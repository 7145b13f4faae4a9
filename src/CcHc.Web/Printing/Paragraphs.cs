namespace CcHc.Web.Printing;

/// <summary>
/// A text box's text as the print lays it out: every line typed is a paragraph of its own (blank lines and the
/// spaces around a line dropped). The PDF and, later, the Word export split text the same way.
/// </summary>
public static class Paragraphs
{
    public static IReadOnlyList<string> Of(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
