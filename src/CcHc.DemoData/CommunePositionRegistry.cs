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

    public Position Named(string title)
    {
        var existing = _positions.Find(p => string.Equals(p.Title, title, StringComparison.Ordinal));
        if (existing is not null)
        {
            return existing;
        }

        var position = new Position(title, communeId, PositionCatalogue.StandardTitles.Count + _positions.Count);
        _positions.Add(position);
        return position;
    }
}
