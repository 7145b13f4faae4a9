using System.Security.Cryptography;
using CcHc.Infrastructure.Signatures;
using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Exports;

/// <summary>How a signed copy was shown to be the issued version.</summary>
public enum SignedCopyMatch
{
    /// <summary>Its first revision is byte-identical to the issued PDF (an incremental signature kept it).</summary>
    IssuedBytes,

    /// <summary>The signing tool rewrote the file; its text equals the issued version's.</summary>
    SameText,

    /// <summary>Signed by CcHc itself at issue, with the configured certificate.</summary>
    SignedByCcHc,
}

/// <summary>
/// The digitally signed PDF of an issued version (ký số), checked before it is stored, with the outcome of that check
/// (<see cref="Trust"/>): the latest "Hợp lệ" one is the version's official file, preferred by the office's downloads; a
/// "Chưa xác định" one is kept and shown with its state, never served as the official file. A "Không hợp lệ" upload
/// is refused, not stored. Insert-only, like the frozen exports.
/// </summary>
public sealed class SignedCopy
{
    private SignedCopy()
    {
        FileName = Sha256 = SignerName = UploadedById = UploadedByName = string.Empty;
        Content = [];
    }

    public SignedCopy(Guid planId, string fileName, byte[] content, SignedCopyMatch match, SignerDetails signer, string uploadedById, string uploadedByName, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(signer);
        PlanId = planId;
        FileName = fileName;
        Content = content;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Match = match;
        SignerName = signer.Name;
        SignerOrganisation = signer.Organisation;
        SigningTime = signer.SigningTime;
        CertificateNotBefore = signer.NotBefore;
        CertificateNotAfter = signer.NotAfter;
        SelfSigned = signer.SelfSigned;
        ExpiredWhenSigned = signer.Expired;
        SignatureCount = signer.SignatureCount;
        Trust = signer.Trust;
        TrustNote = signer.TrustNote is { Length: > MaxTrustNote } note ? note[..MaxTrustNote] : signer.TrustNote;
        UploadedById = uploadedById;
        UploadedByName = uploadedByName;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string FileName { get; private set; }

    public byte[] Content { get; private set; }

    public string Sha256 { get; private set; }

    public SignedCopyMatch Match { get; private set; }

    /// <summary>The last signature's signer (common name of the certificate).</summary>
    public string SignerName { get; private set; }

    public string? SignerOrganisation { get; private set; }

    public DateTimeOffset? SigningTime { get; private set; }

    public DateTimeOffset CertificateNotBefore { get; private set; }

    public DateTimeOffset CertificateNotAfter { get; private set; }

    public bool SelfSigned { get; private set; }

    /// <summary>The certificate was outside its validity period when the copy was checked.</summary>
    public bool ExpiredWhenSigned { get; private set; }

    public int SignatureCount { get; private set; }

    public const int MaxTrustNote = 2000;

    /// <summary>
    /// The outcome when the copy was checked: Hợp lệ (chains to a trusted anchor) or Chưa xác định. Rows stored before
    /// chains were checked read as Chưa xác định.
    /// </summary>
    public SignatureTrust Trust { get; private set; } = SignatureTrust.Undetermined;

    /// <summary>Why, in Vietnamese: the findings of the check and the warnings (one a line).</summary>
    public string? TrustNote { get; private set; }

    public string UploadedById { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>What a verified signature says about its signer, and the outcome of the check.</summary>
public sealed record SignerDetails(
    string Name, string? Organisation, DateTimeOffset? SigningTime, DateTimeOffset NotBefore, DateTimeOffset NotAfter,
    bool SelfSigned, bool Expired, int SignatureCount, SignatureTrust Trust = SignatureTrust.Undetermined, string? TrustNote = null);
