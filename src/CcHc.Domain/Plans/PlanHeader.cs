namespace CcHc.Domain.Plans;

/// <summary>
/// The document parts of a KH-UBND plan other than its items: header, legal bases, sections I and IV, recipients and
/// the signature block. Multi-line texts hold one paragraph or "- " bullet per line.
/// </summary>
public sealed record PlanHeader
{
    /// <summary>"KH-UBND".</summary>
    public string DocumentSymbol { get; init; } = "KH-UBND";

    /// <summary>The dateline's place name: "Cẩm Sơn".</summary>
    public string PlaceName { get; init; } = string.Empty;

    /// <summary>Trích yếu: "Khắc phục tồn tại, hạn chế, sau kiểm tra cải cách hành chính năm 2023".</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>Căn cứ, one per line, printed in italics.</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>The opening paragraph ("Thực hiện Quyết định số …, UBND xã xây dựng Kế hoạch khắc phục, như sau:").</summary>
    public string Preamble { get; init; } = string.Empty;

    public string Purpose { get; init; } = string.Empty;

    public string Requirements { get; init; } = string.Empty;

    /// <summary>Section II's paragraph before the score table.</summary>
    public string ResultsIntro { get; init; } = string.Empty;

    /// <summary>Section IV, Tổ chức thực hiện.</summary>
    public string Organisation { get; init; } = string.Empty;

    /// <summary>The body's last sentence, ending in "./.".</summary>
    public string Closing { get; init; } = string.Empty;

    /// <summary>Nơi nhận, one per line without the leading "- ".</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Kính gửi (the letter form), one addressee per line: "Các đ/c cán bộ, công chức xã".</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>The plan this one replaces, as cited (seed 004); printed "Kế hoạch này thay thế cho {…}."; null or blank: none.</summary>
    public string? ReplacesWording { get; init; }

    /// <summary>
    /// The appendix's citation of the document it is attached to, as the source prints it, without the parentheses
    /// (seed 001: "Đính kèm Công văn số 10/UBND ngày 14/02/2023 của UBND xã"); null or blank: composed from the number
    /// and date. Where it cites another number or date than the document's own, the plan lists the mismatch.
    /// </summary>
    public string? AppendixCaption { get; init; }

    /// <summary>"TM. ỦY BAN NHÂN DÂN".</summary>
    public string SignerAuthority { get; init; } = "TM. ỦY BAN NHÂN DÂN";

    /// <summary>"CHỦ TỊCH", or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH".</summary>
    public string SignerTitle { get; init; } = "CHỦ TỊCH";

    public string SignerName { get; init; } = string.Empty;

    public PlanLayout Layout { get; init; } = PlanLayout.Sections;
}
