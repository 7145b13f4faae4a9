using System.ComponentModel.DataAnnotations;
using CcHc.Domain.Plans;

namespace CcHc.Web.Features.Plans;

/// <summary>The form of a plan's document parts (header, legal bases, sections, recipients, signer), as the clerk edits it.</summary>
public sealed class PlanHeaderInput
{
    [Required(ErrorMessage = "Nhập trích yếu.")]
    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Trích yếu")]
    public string Summary { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập địa danh.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Địa danh (dòng ngày tháng)")]
    public string PlaceName { get; set; } = string.Empty;

    [Display(Name = "Căn cứ (mỗi dòng một căn cứ)")]
    public string? LegalBases { get; set; }

    [Display(Name = "Đoạn mở đầu")]
    public string? Preamble { get; set; }

    [Display(Name = "Mục đích")]
    public string? Purpose { get; set; }

    [Display(Name = "Yêu cầu")]
    public string? Requirements { get; set; }

    [Display(Name = "Kết quả đạt được (đoạn trước bảng điểm)")]
    public string? ResultsIntro { get; set; }

    [Display(Name = "Tổ chức thực hiện")]
    public string? Organisation { get; set; }

    [Display(Name = "Câu kết")]
    public string? Closing { get; set; }

    [Display(Name = "Nơi nhận (mỗi dòng một nơi)")]
    public string? Recipients { get; set; }

    [Required(ErrorMessage = "Nhập thẩm quyền ký.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Thẩm quyền ký")]
    public string SignerAuthority { get; set; } = "TM. ỦY BAN NHÂN DÂN";

    [Required(ErrorMessage = "Nhập chức vụ người ký.")]
    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Chức vụ người ký (mỗi dòng một dòng in)")]
    public string SignerTitle { get; set; } = "CHỦ TỊCH";

    [StringLength(100, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Người ký")]
    public string? SignerName { get; set; }

    [Display(Name = "Trình bày chi tiết")]
    public PlanLayout Layout { get; set; }

    /// <summary>Kính gửi, one addressee per line (printed for the công văn form).</summary>
    [Display(Name = "Kính gửi (công văn; mỗi dòng một nơi)")]
    public string? Addressees { get; set; }

    /// <summary>The plan this one replaces, as cited ("Kế hoạch số 80/KH-UBND ngày 21/9/2022 …").</summary>
    [StringLength(2000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Kế hoạch được thay thế (ghi như trích dẫn; để trống nếu không có)")]
    public string? ReplacesWording { get; set; }

    /// <summary>The appendix's citation as the source prints it ("Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã"); blank: composed from the number and date.</summary>
    [StringLength(1000, ErrorMessage = "Tối đa {1} ký tự.")]
    [Display(Name = "Dòng trích dẫn dưới tiêu đề phụ lục (ghi như văn bản nguồn; để trống để tự ghi theo số, ngày ban hành)")]
    public string? AppendixCaption { get; set; }

    /// <summary>Whether the form carried the setup fields below (a form without them leaves the setup as it is).</summary>
    public bool EditsSetup { get; set; }

    /// <summary>Kế hoạch or Công văn (<see cref="DocumentForm"/>), as text.</summary>
    public string? Form { get; set; }

    public string? FromYear { get; set; }

    public string? ToYear { get; set; }

    public List<string> Indices { get; set; } = [];

    /// <summary>The further assessments the plan rests on (improvement and multi-index plans), by id.</summary>
    [Display(Name = "Kết quả đánh giá khác làm căn cứ")]
    public List<Guid> FurtherAssessments { get; set; } = [];

    /// <summary>The form as stored for this plan: its document parts and its setup.</summary>
    public static PlanHeaderInput From(RemediationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var input = From(plan.Header);
        input.EditsSetup = true;
        input.Form = plan.Form.ToString();
        input.FromYear = plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        input.ToYear = plan.ToYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        input.Indices = plan.Indices.Select(i => i.ToString()).ToList();
        input.FurtherAssessments = [.. plan.FurtherAssessmentIds];
        return input;
    }

    /// <summary>The setup typed in the form over <paramref name="current"/> (whose kind stays), or null with the errors beside their fields.</summary>
    public PlanSetup? ToSetup(PlanSetup current, List<CcHc.Web.Features.FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(errors);
        if (!EditsSetup)
        {
            return current;
        }

        var count = errors.Count;
        var form = PlanSetupFields.Form(Form, "Input.Form", errors);
        var from = PlanSetupFields.Year(FromYear, "Input.FromYear", "Năm bắt đầu", errors);
        var to = PlanSetupFields.Year(ToYear, "Input.ToYear", "Năm kết thúc", errors);
        var indices = PlanSetupFields.Indices(Indices, "Input.Indices", errors);
        if (from is null && errors.Count == count)
        {
            errors.Add(new("Input.FromYear", "Nhập năm bắt đầu của kế hoạch."));
        }

        return errors.Count > count ? null : current with { Form = form, FromYear = from!.Value, ToYear = to ?? from.Value, Indices = indices };
    }

    /// <summary>The form's key of a field a domain refusal of the setup names.</summary>
    public static string KeyOf(string field) => field switch
    {
        nameof(PlanSetup.Form) => "Input.Form",
        nameof(PlanSetup.FromYear) => "Input.FromYear",
        nameof(PlanSetup.ToYear) => "Input.ToYear",
        nameof(PlanSetup.Indices) => "Input.Indices",
        nameof(RemediationPlan.FurtherAssessmentIds) => "Input.FurtherAssessments",
        _ => string.Empty,
    };

    public static PlanHeaderInput From(PlanHeader h) => new()
    {
        Summary = h.Summary,
        PlaceName = h.PlaceName,
        LegalBases = string.Join('\n', h.LegalBases),
        Preamble = h.Preamble,
        Purpose = h.Purpose,
        Requirements = h.Requirements,
        ResultsIntro = h.ResultsIntro,
        Organisation = h.Organisation,
        Closing = h.Closing,
        Recipients = string.Join('\n', h.Recipients),
        SignerAuthority = h.SignerAuthority,
        SignerTitle = h.SignerTitle,
        SignerName = h.SignerName,
        Layout = h.Layout,
        Addressees = string.Join('\n', h.Addressees),
        ReplacesWording = h.ReplacesWording,
        AppendixCaption = h.AppendixCaption,
    };

    public PlanHeader ToHeader(string symbol) => new()
    {
        DocumentSymbol = symbol,
        Summary = Summary,
        PlaceName = PlaceName,
        LegalBases = Lines(LegalBases),
        Preamble = Preamble ?? string.Empty,
        Purpose = Purpose ?? string.Empty,
        Requirements = Requirements ?? string.Empty,
        ResultsIntro = ResultsIntro ?? string.Empty,
        Organisation = Organisation ?? string.Empty,
        Closing = Closing ?? string.Empty,
        Recipients = Lines(Recipients),
        SignerAuthority = SignerAuthority,
        SignerTitle = SignerTitle,
        SignerName = SignerName ?? string.Empty,
        Layout = Layout,
        Addressees = Lines(Addressees),
        ReplacesWording = string.IsNullOrWhiteSpace(ReplacesWording) ? null : ReplacesWording.Trim(),
        AppendixCaption = string.IsNullOrWhiteSpace(AppendixCaption) ? null : AppendixCaption.Trim(),
    };

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The fields a stale save names, theirs beside yours.</summary>
    public static IEnumerable<(string, string, string)> Compare(PlanHeaderInput theirs, PlanHeaderInput yours)
    {
        yield return ("Trích yếu", theirs.Summary, yours.Summary);
        yield return ("Địa danh", theirs.PlaceName, yours.PlaceName);
        yield return ("Căn cứ", theirs.LegalBases ?? string.Empty, yours.LegalBases ?? string.Empty);
        yield return ("Đoạn mở đầu", theirs.Preamble ?? string.Empty, yours.Preamble ?? string.Empty);
        yield return ("Mục đích", theirs.Purpose ?? string.Empty, yours.Purpose ?? string.Empty);
        yield return ("Yêu cầu", theirs.Requirements ?? string.Empty, yours.Requirements ?? string.Empty);
        yield return ("Kết quả đạt được", theirs.ResultsIntro ?? string.Empty, yours.ResultsIntro ?? string.Empty);
        yield return ("Tổ chức thực hiện", theirs.Organisation ?? string.Empty, yours.Organisation ?? string.Empty);
        yield return ("Câu kết", theirs.Closing ?? string.Empty, yours.Closing ?? string.Empty);
        yield return ("Nơi nhận", theirs.Recipients ?? string.Empty, yours.Recipients ?? string.Empty);
        yield return ("Thẩm quyền ký", theirs.SignerAuthority, yours.SignerAuthority);
        yield return ("Chức vụ người ký", theirs.SignerTitle, yours.SignerTitle);
        yield return ("Người ký", theirs.SignerName ?? string.Empty, yours.SignerName ?? string.Empty);
        yield return ("Kính gửi", theirs.Addressees ?? string.Empty, yours.Addressees ?? string.Empty);
        yield return ("Kế hoạch được thay thế", theirs.ReplacesWording ?? string.Empty, yours.ReplacesWording ?? string.Empty);
        yield return ("Dòng trích dẫn phụ lục", theirs.AppendixCaption ?? string.Empty, yours.AppendixCaption ?? string.Empty);
        yield return ("Hình thức, kỳ, chỉ số",
            $"{theirs.Form} {theirs.FromYear}–{theirs.ToYear} {string.Join(", ", theirs.Indices)}",
            yours.EditsSetup ? $"{yours.Form} {yours.FromYear}–{yours.ToYear} {string.Join(", ", yours.Indices)}" : "(không đổi)");
        yield return ("Kết quả đánh giá khác làm căn cứ",
            $"{theirs.FurtherAssessments.Count} kết quả",
            yours.EditsSetup ? $"{yours.FurtherAssessments.Count} kết quả" : "(không đổi)");
    }
}
