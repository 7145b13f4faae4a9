using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>A province-level unit since 1/7/2025 (34 of them): its official code, its name, the provinces it was formed from.</summary>
public sealed class Province : Entity
{
    private Province()
    {
        Code = Name = string.Empty;
    }

    public Province(string code, string name, string? formedFrom)
    {
        Code = Require(code, "mã tỉnh");
        Name = Require(name, "tên tỉnh");
        FormedFrom = string.IsNullOrWhiteSpace(formedFrom) ? null : formedFrom.Trim();
    }

    /// <summary>"42".</summary>
    public string Code { get; private set; }

    /// <summary>As documents write it: "tỉnh Hà Tĩnh", "thành phố Huế".</summary>
    public string Name { get; private set; }

    /// <summary>As published: "tỉnh Quảng Bình và tỉnh Quảng Trị", "giữ nguyên".</summary>
    public string? FormedFrom { get; private set; }

    public void Update(string name, string? formedFrom)
    {
        Name = Require(name, "tên tỉnh");
        FormedFrom = string.IsNullOrWhiteSpace(formedFrom) ? null : formedFrom.Trim();
    }

    private static string Require(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"Thiếu {what}.") : value.Trim();
}
