namespace CcHc.Domain.Plans;

/// <summary>
/// The three outcomes of checking a signature, as Vietnamese verification tools word them. Ordered from best to worst,
/// so the outcome of a file is the worst of its signatures'. Which signed copy is official reads it
/// (<see cref="OfficialFile"/>); the checks that produce it live in the infrastructure (CcHc.Infrastructure.Signatures).
/// </summary>
public enum SignatureTrust
{
    /// <summary>Hợp lệ: intact, and the signer's certificate chains to a configured trust anchor and passes its checks.</summary>
    Valid,

    /// <summary>Chưa xác định: intact, but the chain does not reach a trusted anchor, or it cannot be checked.</summary>
    Undetermined,

    /// <summary>Không hợp lệ: altered after signing, or a certificate that fails its own checks.</summary>
    Invalid,
}
