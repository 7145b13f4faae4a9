using System.Globalization;
using System.Text;

namespace CcHc.Domain.Plans;

/// <summary>
/// Does a signing certificate's subject name the plan's signer or the commune? A digital signature proves who holds
/// the key, not that this person may sign for this commune: a certificate of "Nguyễn Văn A, UBND xã X" on the plan of
/// commune Y deserves a warning even when its chain is trusted. Names are compared without case, accents kept
/// (Vietnamese names differ only by their marks: "Sơn" and "Sơn" are one name, "Sơn" and "Són" are two), spaces
/// collapsed; a commune is named by its place name ("Sơn Kỳ") or its full name ("xã Sơn Kỳ").
/// </summary>
public static class SignerIdentity
{
    /// <summary>The Vietnamese warning when the subject names neither, or null when it names one of them.</summary>
    public static string? Warning(string? certificateSubject, string? signerName, string communeName, string? communePlaceName)
    {
        var subject = Normalise(certificateSubject);
        if (subject.Length == 0)
        {
            return "Chứng thư số không ghi tên chủ thể, nên không đối chiếu được với người ký và xã của kế hoạch.";
        }

        string?[] names = [signerName, communeName, communePlaceName];
        if (names.Select(Normalise).Any(n => n.Length > 0 && Contains(subject, n)))
        {
            return null;
        }

        var expected = string.IsNullOrWhiteSpace(signerName) ? communeName : $"{signerName.Trim()} hoặc {communeName}";
        return $"Chứng thư số không mang tên người ký hoặc xã của kế hoạch ({expected}): hãy kiểm tra đúng là chứng thư của người có thẩm quyền ký.";
    }

    /// <summary>Whole words only: "Kỳ" is not found inside "Kỳo", nor "Hùng" inside "Hùngx".</summary>
    private static bool Contains(string subject, string name)
    {
        var start = 0;
        while ((start = subject.IndexOf(name, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + name.Length;
            var before = start == 0 || !char.IsLetterOrDigit(subject[start - 1]);
            var after = end == subject.Length || !char.IsLetterOrDigit(subject[end]);
            if (before && after)
            {
                return true;
            }

            start++;
        }

        return false;
    }

    private static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var composed = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        return string.Join(' ', composed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
