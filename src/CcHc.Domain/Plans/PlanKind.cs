using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Plans;

/// <summary>What a plan is for; the seeds show all three.</summary>
public enum PlanKind
{
    /// <summary>Kế hoạch khắc phục (seeds 000, 001, 003): every point lost in one PAR assessment answered.</summary>
    Remediation,

    /// <summary>Kế hoạch nâng cao chỉ số (seed 002, xã Quảng Công 2020): numbered tasks to raise an index, no score table.</summary>
    Improvement,

    /// <summary>
    /// Kế hoạch duy trì, cải thiện và nâng cao several indices over a period (seed 004, xã Hà Bắc 2023: PAR INDEX, SIPAS,
    /// PAPI, PCI, 2023–2025), its tasks grouped by index.
    /// </summary>
    MultiIndex,
}

/// <summary>The document a plan is issued as (Nghị định 30, Phụ lục III).</summary>
public enum DocumentForm
{
    /// <summary>Kế hoạch: "Số: 27/KH-UBND", the name of the kind of document and its summary under the dateline.</summary>
    Plan,

    /// <summary>Công văn (seed 001): "Số: 10/UBND" with "V/v …" beneath, then "Kính gửi: …".</summary>
    Letter,
}

/// <summary>
/// What a plan is at its creation: its kind, its form, the years it covers and the indices it names. The kind and the
/// form fix what the document prints; the period, the years its deadlines fall in.
/// </summary>
public sealed record PlanSetup(PlanKind Kind, DocumentForm Form, int FromYear, int ToYear, IReadOnlyList<IndexKind> Indices)
{
    /// <summary>The longest period a plan may cover (seed 004: 2023–2025).</summary>
    public const int MaxYears = 10;

    /// <summary>A remediation plan in the Kế hoạch form for the year after an assessment.</summary>
    public static PlanSetup RemediationFor(int assessmentYear) =>
        new(PlanKind.Remediation, DocumentForm.Plan, assessmentYear + 1, assessmentYear + 1, [IndexKind.ParIndex]);

    /// <summary>"năm 2020" or "năm 2023 và giai đoạn 2023 - 2025"-style period wording: "2020" or "2023 - 2025".</summary>
    public string PeriodText => FromYear == ToYear ? FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{FromYear} - {ToYear}";

    /// <summary>Refuses a setup no plan can have, in Vietnamese, naming the field.</summary>
    public PlanSetup Validated()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new DomainException("Loại kế hoạch không hợp lệ.", nameof(Kind));
        }

        if (!Enum.IsDefined(Form))
        {
            throw new DomainException("Hình thức văn bản không hợp lệ.", nameof(Form));
        }

        if (FromYear is < 2000 or > 2100)
        {
            throw new DomainException("Năm bắt đầu không hợp lệ.", nameof(FromYear));
        }

        if (ToYear < FromYear)
        {
            throw new DomainException("Năm kết thúc không được trước năm bắt đầu.", nameof(ToYear));
        }

        if (ToYear - FromYear + 1 > MaxYears)
        {
            throw new DomainException($"Kế hoạch chỉ kéo dài tối đa {MaxYears} năm.", nameof(ToYear));
        }

        var indices = (Indices ?? []).Distinct().ToList();
        if (indices.Exists(i => !Enum.IsDefined(i)))
        {
            throw new DomainException("Chỉ số không hợp lệ.", nameof(Indices));
        }

        if (indices.Count == 0)
        {
            throw new DomainException("Chọn ít nhất một chỉ số mà kế hoạch hướng tới.", nameof(Indices));
        }

        if (Kind == PlanKind.Remediation && (indices.Count != 1 || indices[0] != IndexKind.ParIndex))
        {
            throw new DomainException("Kế hoạch khắc phục dựa trên kết quả Chỉ số CCHC (PAR INDEX) của một năm.", nameof(Indices));
        }

        if (Kind == PlanKind.MultiIndex && indices.Count < 2)
        {
            throw new DomainException("Kế hoạch duy trì, nâng cao nhiều chỉ số cần chọn ít nhất hai chỉ số.", nameof(Indices));
        }

        return this with { Indices = indices.Order().ToList() };
    }
}

/// <summary>The Vietnamese names of kinds, forms and indices, as the pages and the documents say them.</summary>
public static class PlanKinds
{
    public static string Label(PlanKind kind) => kind switch
    {
        PlanKind.Remediation => "Kế hoạch khắc phục",
        PlanKind.Improvement => "Kế hoạch nâng cao chỉ số",
        PlanKind.MultiIndex => "Kế hoạch duy trì, nâng cao các chỉ số",
        _ => kind.ToString(),
    };

    public static string Label(DocumentForm form) => form switch
    {
        DocumentForm.Plan => "Kế hoạch",
        DocumentForm.Letter => "Công văn",
        _ => form.ToString(),
    };

    /// <summary>Kính gửi of a new công văn (seed 001: "Kính gửi: Các đ/c cán bộ, công chức xã").</summary>
    public const string DefaultAddressee = "Các đ/c cán bộ, công chức xã";

    /// <summary>The document symbol a new plan of this form starts with: "KH-UBND" or "UBND" (seed 001's "Số: 10/UBND").</summary>
    public static string DefaultSymbol(DocumentForm form) => form == DocumentForm.Letter ? "UBND" : "KH-UBND";

    /// <summary>The index's short name as the seeds write it ("PAR INDEX", "SIPAS", "PAPI", "PCI", "DDCI").</summary>
    public static string ShortName(IndexKind index) => index switch
    {
        IndexKind.ParIndex => "PAR INDEX",
        IndexKind.Sipas => "SIPAS",
        IndexKind.Papi => "PAPI",
        IndexKind.Pci => "PCI",
        _ => index.ToString().ToUpperInvariant(),
    };

    /// <summary>The index's Vietnamese name (seed 004's wording).</summary>
    public static string Name(IndexKind index) => index switch
    {
        IndexKind.ParIndex => "Chỉ số cải cách hành chính",
        IndexKind.Sipas => "Chỉ số hài lòng về sự phục vụ hành chính",
        IndexKind.Papi => "Chỉ số hiệu quả quản trị và hành chính công",
        IndexKind.Pci => "Chỉ số năng lực cạnh tranh cấp tỉnh",
        _ => "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương",
    };
}
