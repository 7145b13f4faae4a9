namespace CcHc.Domain.Assessments;

/// <summary>
/// The decision that published the scores: "Quyết định số 9471/QĐ-UBND ngày 26/12/2023 của UBND huyện Cẩm Xuyên".
/// </summary>
public sealed record SourceDecision(string Number, DateOnly? Date, string IssuingBody)
{
    /// <summary>As a legal basis reads it: "Quyết định số 9471/QĐ-UBND ngày 26/12/2023 của UBND huyện Cẩm Xuyên".</summary>
    public string Citation =>
        Date is { } d
            ? $"Quyết định số {Number} ngày {Common.VietnameseNumbers.Date(d)} của {IssuingBody}"
            : $"Quyết định số {Number} của {IssuingBody}";
}
