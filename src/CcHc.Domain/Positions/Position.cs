using CcHc.Domain.Common;

namespace CcHc.Domain.Positions;

/// <summary>
/// A civil-servant title (chức danh) that leads or supports a task. The standard catalogue has no commune;
/// a commune extends it with titles of its own ("Chuyên trách công nghệ thông tin").
/// </summary>
public sealed class Position : Entity
{
    private Position()
    {
        Title = string.Empty;
    }

    public Position(string title, Guid? communeId = null, int order = 0)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("Chức danh không được để trống.");
        }

        Title = title.Trim();
        CommuneId = communeId;
        Order = order;
    }

    public string Title { get; private set; }

    /// <summary>The title as an issued version's snapshot recorded it (<see cref="Plans.IssuedSnapshot"/>).</summary>
    internal static Position Restore(Guid id, string title, Guid? communeId, int order) =>
        new() { Id = id, Title = title, CommuneId = communeId, Order = order };

    /// <summary>Null for a title of the standard catalogue, shared by every commune.</summary>
    public Guid? CommuneId { get; private set; }

    public int Order { get; private set; }

    public bool IsStandard => CommuneId is null;
}
