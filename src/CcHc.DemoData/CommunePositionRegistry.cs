using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>
/// The titles a seed names that the standard catalogue lacks ("Chuyên trách công nghệ thông tin"), made once per
/// commune in the order the document first names them and ordered after the standard titles.
/// </summary>
internal sealed class CommunePositionRegistry(Guid communeId)
{
    private readonly List<Position> _positions = [];

    public IReadOnlyList<Position> All => _positions;

    public Position Named(string title) => Find(title) ?? Add(new Position(title, communeId, PositionCatalogue.StandardTitles.Count + _positions.Count));

    /// <summary>An organisation of the commune (seed 004: "Công an xã", "Trạm y tế xã"), reported for by its contact title.</summary>
    public Position Organisation(string title, Position contact) =>
        Find(title) ?? Add(new Position(
            title, communeId, PositionCatalogue.StandardTitles.Count + _positions.Count, PositionKind.Organisation, contact.Id));

    private Position? Find(string title) => _positions.Find(p => string.Equals(p.Title, title, StringComparison.Ordinal));

    private Position Add(Position position)
    {
        _positions.Add(position);
        return position;
    }
}
