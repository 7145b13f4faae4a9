namespace CcHc.Domain.Criteria;

/// <summary>
/// Which index a criteria set scores. PAR INDEX by default; seed 004 also plans for SIPAS, PAPI and PCI, and some
/// provinces score DDCI. Stored by name (a string column), so a new member needs no migration.
/// </summary>
public enum IndexKind
{
    ParIndex,
    Sipas,
    Papi,
    Pci,

    /// <summary>Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương: defined by each province.</summary>
    Ddci,
}

/// <summary>
/// Whether a criteria set lists every node (a complete set: parents are the sums of their children) or, as the
/// sources often do, only the criteria that lost points (then the listed children's deductions add up to the parent's).
/// </summary>
public enum CriteriaCoverage
{
    Complete,
    DeductedOnly,
}
