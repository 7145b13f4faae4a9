using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;

namespace CcHc.Web.Features.Assessments;

/// <summary>The assessment's general information as the clerk types it from the published decision.</summary>
public sealed class AssessmentInfoInput
{
    [Range(2000, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
    [Display(Name = "Năm đánh giá")]
    public int Year { get; set; }

    [Required(ErrorMessage = "Nhập số quyết định, ví dụ 9471/QĐ-UBND.")]
    [StringLength(50, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Số quyết định công bố")]
    public string DecisionNumber { get; set; } = string.Empty;

    [Display(Name = "Ngày quyết định")]
    public DateOnly? DecisionDate { get; set; }

    [Required(ErrorMessage = "Nhập cơ quan ban hành, ví dụ UBND tỉnh Hà Tĩnh.")]
    [StringLength(200, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Cơ quan ban hành")]
    public string DecisionBody { get; set; } = string.Empty;

    [StringLength(12, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Tổng điểm theo văn bản")]
    public string? StatedTotal { get; set; }

    [StringLength(12, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Xếp hạng (ví dụ 3/23)")]
    public string? Rank { get; set; }

    [StringLength(50, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Xếp loại")]
    public string? Classification { get; set; }

    public static AssessmentInfoInput From(Assessment a) => new()
    {
        Year = a.Year,
        DecisionNumber = a.Decision.Number,
        DecisionDate = a.Decision.Date,
        DecisionBody = a.Decision.IssuingBody,
        StatedTotal = a.StatedTotal is { } t ? VietnameseNumbers.Score(t) : null,
        Rank = a.Rank?.ToString(),
        Classification = a.Classification,
    };

    /// <summary>Parses the typed values; problems go to the fields they concern.</summary>
    public (SourceDecision? Decision, Rank? Rank, decimal? Total) Validate(List<FieldError> errors, string prefix)
    {
        decimal? total = null;
        if (!string.IsNullOrWhiteSpace(StatedTotal))
        {
            if (VietnameseNumbers.TryParseScore(StatedTotal, out var parsed))
            {
                total = parsed;
            }
            else
            {
                errors.Add(new FieldError($"{prefix}.{nameof(StatedTotal)}", $"\"{StatedTotal}\" không phải là số điểm (ví dụ 85,08)."));
            }
        }

        Rank? rank = null;
        if (!string.IsNullOrWhiteSpace(Rank) && !Domain.Assessments.Rank.TryParse(Rank, out rank))
        {
            errors.Add(new FieldError($"{prefix}.{nameof(Rank)}", $"\"{Rank}\" không phải thứ hạng dạng hạng/tổng số, ví dụ 3/23."));
        }

        var decision = string.IsNullOrWhiteSpace(DecisionNumber) || string.IsNullOrWhiteSpace(DecisionBody)
            ? null
            : new SourceDecision(DecisionNumber.Trim(), DecisionDate, DecisionBody.Trim());
        return (decision, rank, total);
    }
}
