using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;

namespace CcHc.Web.Features.Criteria;

/// <summary>How the editor reads what an administrator typed for a node (lengths, duplicates, numbers), and describes a conflict.</summary>
internal static class CriteriaNodeInput
{
    public static bool CheckCode(string code, IEnumerable<string> others, Action<string> fail)
    {
        if (code.Length > CriteriaSetImporter.MaxCodeLength)
        {
            fail($"Mã tối đa {CriteriaSetImporter.MaxCodeLength} ký tự.");
            return false;
        }

        if (code.Length > 0 && others.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)))
        {
            fail($"Mã \"{code}\" trùng với một tiêu chí khác của bộ.");
            return false;
        }

        return true;
    }

    public static bool CheckTitle(string title, Action<string> fail)
    {
        if (title.Length == 0)
        {
            fail("Nhập nội dung tiêu chí.");
            return false;
        }

        if (title.Length > CriteriaSetImporter.MaxTitleLength)
        {
            fail($"Nội dung tối đa {CriteriaSetImporter.MaxTitleLength.ToString("#,0", VietnameseNumbers.Culture)} ký tự.");
            return false;
        }

        return true;
    }

    /// <summary>A maximum as typed ("14,5", "14.5"); empty is unknown (null).</summary>
    public static bool TryParseMax(string? text, out decimal? value, Action<string> fail)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (VietnameseNumbers.TryParseScore(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        fail($"\"{text.Trim()}\" không phải là số điểm (ví dụ 14,5; tối đa 2 chữ số thập phân).");
        return false;
    }

    /// <summary>Each posted node against what is stored now, the nodes added meanwhile, and the bands.</summary>
    public static IEnumerable<(string, string, string)> Differences(CriteriaSet current, CriteriaSetForm form)
    {
        foreach (var input in form.Nodes)
        {
            var node = current.Find(input.Id);
            var yours = $"{TextKeys.Clean(input.Code)} | {TextKeys.Clean(input.Title)} | {input.MaxScore?.Trim()}";
            var theirs = node is null ? "(đã bị xóa)" : $"{node.Code} | {node.Title} | {(node.MaxScore is { } max ? VietnameseNumbers.Score(max) : string.Empty)}";
            yield return (node?.DisplayName ?? TextKeys.Clean(input.Title), theirs, yours);
        }

        foreach (var added in current.Nodes.Where(n => form.Nodes.All(i => i.Id != n.Id)))
        {
            yield return (added.DisplayName, "(mới thêm)", string.Empty);
        }

        if (form.Bands.Count > 0)
        {
            var bands = string.Join("; ", current.ClassificationBands.Select(b => $"{b.Label} ≥ {VietnameseNumbers.Score(b.MinPercent)}%"));
            var yourBands = string.Join("; ", form.Bands.Where(b => !string.IsNullOrWhiteSpace(b.Label)).Select(b => $"{TextKeys.Clean(b.Label)} ≥ {b.MinPercent?.Trim()}%"));
            yield return ("Ngưỡng xếp loại", bands, yourBands);
        }
    }
}
