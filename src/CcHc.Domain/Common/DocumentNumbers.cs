namespace CcHc.Domain.Common;

/// <summary>How a document's number is printed: "Số: 27/KH-UBND", a leading zero under 10, blanks while not issued.</summary>
public static class DocumentNumbers
{
    public static string Line(string? number, string symbol) =>
        number is { } n
            ? $"Số: {(int.TryParse(n, out var k) && k is >= 0 and < 10 ? "0" + k : n)}/{symbol}"
            : $"Số:      /{symbol}";
}
