using UglyToad.PdfPig.Writer;

namespace CcHc.Infrastructure.Printing;

/// <summary>
/// Joins separately printed parts into one PDF. Chromium keeps one page counter across a print job, so a part whose
/// numbering restarts (each appendix, Nghị định 30) is printed on its own and appended here; fonts and page sizes of
/// every part are kept.
/// </summary>
public static class PdfJoiner
{
    public static byte[] Join(params IReadOnlyList<byte[]> parts) => parts.Count switch
    {
        0 => throw new ArgumentException("Nothing to join.", nameof(parts)),
        1 => parts[0],
        _ => PdfMerger.Merge(parts.ToArray()),
    };
}
