namespace CcHc.Domain.Plans;

/// <summary>A stored signed copy of an issued version, as the official-file rule reads it: its outcome and when it came.</summary>
public sealed record SignedCopyState(Guid Id, SignatureTrust Trust, DateTimeOffset UploadedAt);

/// <summary>
/// The official file of an issued plan version — one definition for the downloads, the office's page and .zip, the plan
/// page and the signed copies' page: the latest signed copy checked in as "Hợp lệ"; without one, the PDF CcHc froze at
/// issue. A "Chưa xác định" copy is kept and shown with its state but never becomes the official file, whatever its date.
/// </summary>
public sealed record OfficialFile(Guid? SignedCopyId, bool NewerCopyUndetermined)
{
    /// <summary>The outcome a signed copy needs to be the official file (usable in a database query).</summary>
    public const SignatureTrust RequiredTrust = SignatureTrust.Valid;

    /// <summary>The official file is a signed copy (else the frozen export).</summary>
    public bool IsSignedCopy => SignedCopyId is not null;

    public static bool Qualifies(SignatureTrust trust) => trust == RequiredTrust;

    /// <summary>
    /// The official file among a version's signed copies (any order): the latest qualifying one (by upload time, then by
    /// id, which grows with time), else the frozen export. <see cref="NewerCopyUndetermined"/> tells that the latest copy
    /// of all is a "Chưa xác định" one, which pages name beside the official file.
    /// </summary>
    public static OfficialFile Of(IEnumerable<SignedCopyState> copies)
    {
        ArgumentNullException.ThrowIfNull(copies);
        var ordered = copies.OrderByDescending(c => c.UploadedAt).ThenByDescending(c => c.Id).ToList();
        var official = ordered.FirstOrDefault(c => Qualifies(c.Trust));
        var latest = ordered.FirstOrDefault();
        return new OfficialFile(official?.Id, latest is { Trust: SignatureTrust.Undetermined });
    }
}
