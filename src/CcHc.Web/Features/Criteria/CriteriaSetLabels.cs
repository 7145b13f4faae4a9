using CcHc.Domain.Criteria;

namespace CcHc.Web.Features.Criteria;

/// <summary>How the criteria-set pages name an index and a coverage, and the file names of exported sets.</summary>
public static class CriteriaSetLabels
{
    public static IReadOnlyList<IndexKind> IndexKinds { get; } = [IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci, IndexKind.Ddci];

    public static IReadOnlyList<CriteriaCoverage> Coverages { get; } = [CriteriaCoverage.Complete, CriteriaCoverage.DeductedOnly];

    public static string Of(IndexKind kind) => kind switch
    {
        IndexKind.ParIndex => "Chỉ số CCHC (PAR INDEX)",
        IndexKind.Sipas => "Chỉ số hài lòng (SIPAS)",
        IndexKind.Papi => "Chỉ số PAPI",
        IndexKind.Pci => "Chỉ số PCI",
        IndexKind.Ddci => "Chỉ số DDCI",
        _ => kind.ToString(),
    };

    public static string Of(CriteriaCoverage coverage) => coverage switch
    {
        CriteriaCoverage.Complete => "Danh sách đầy đủ",
        CriteriaCoverage.DeductedOnly => "Chỉ liệt kê tiêu chí bị trừ điểm",
        _ => coverage.ToString(),
    };

    /// <summary>1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần, deeper: "cấp 4"…</summary>
    public static string Level(int level) => level switch
    {
        1 => "Lĩnh vực",
        2 => "Tiêu chí",
        3 => "Tiêu chí thành phần",
        _ => $"Cấp {level}",
    };

    /// <summary>A file name without characters browsers or file systems dislike: "bo-tieu-chi-2023.xlsx" style, Vietnamese kept.</summary>
    public static string FileName(string name, string suffix)
    {
        var cleaned = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        while (cleaned.Contains("--", StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace("--", "-", StringComparison.Ordinal);
        }

        cleaned = cleaned.Trim('-');
        if (cleaned.Length > 80)
        {
            cleaned = cleaned[..80].TrimEnd('-');
        }

        return (cleaned.Length == 0 ? "bo-tieu-chi" : cleaned) + suffix + ".xlsx";
    }
}
