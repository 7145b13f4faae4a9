using CcHc.Domain.Common;

namespace CcHc.Domain.Communes;

/// <summary>
/// One unit a commune-level unit was formed from, as the official list names it ("Xã Cẩm Sơn"), linked to the CcHc
/// commune of that name when there is one. An entry the list does not name as a whole unit ("một phần …", "phần còn
/// lại …", free text) needs an administrator: it keeps the list's words and is never guessed.
/// </summary>
public sealed class CommunePredecessor : Entity
{
    private CommunePredecessor()
    {
        Name = string.Empty;
    }

    public CommunePredecessor(Guid successorId, int order, string name, bool partial, bool needsReview, Guid? predecessorCommuneId = null)
    {
        SuccessorId = successorId;
        Order = order;
        Name = Require(name);
        Partial = partial;
        NeedsReview = needsReview;
        PredecessorCommuneId = predecessorCommuneId;
    }

    public Guid SuccessorId { get; private set; }

    /// <summary>The place in the list's order (0-based).</summary>
    public int Order { get; private set; }

    /// <summary>As the list prints it: "Xã Cẩm Sơn", "Xã Tân Hà (huyện Lâm Hà)", or the raw words of an entry to review.</summary>
    public string Name { get; private set; }

    /// <summary>The pre-2025 commune in CcHc this entry is, when known.</summary>
    public Guid? PredecessorCommuneId { get; private set; }

    /// <summary>Only part of the predecessor went into the successor ("một phần …", "phần còn lại …").</summary>
    public bool Partial { get; private set; }

    /// <summary>An administrator must look at the entry (a split, free text); cleared when they mark it reviewed.</summary>
    public bool NeedsReview { get; private set; }

    /// <summary>The administrator's correction of the entry.</summary>
    public void Edit(string name, bool partial, Guid? predecessorCommuneId)
    {
        if (predecessorCommuneId == SuccessorId)
        {
            throw new DomainException("Một đơn vị không thể là tiền thân của chính nó.", nameof(PredecessorCommuneId));
        }

        Name = Require(name);
        Partial = partial;
        PredecessorCommuneId = predecessorCommuneId;
    }

    public void LinkTo(Guid? communeId)
    {
        if (communeId == SuccessorId)
        {
            throw new DomainException("Một đơn vị không thể là tiền thân của chính nó.", nameof(PredecessorCommuneId));
        }

        PredecessorCommuneId = communeId;
    }

    public void MarkReviewed() => NeedsReview = false;

    private static string Require(string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException("Nhập tên đơn vị tiền thân.", nameof(Name))
        : value.Trim().Length > 600 ? throw new DomainException("Tên đơn vị tiền thân tối đa 600 ký tự.", nameof(Name))
        : value.Trim();
}
