using System.Security.Claims;

namespace CcHc.Infrastructure.Identity;

/// <summary>
/// Which communes the current caller may see. The DbContext's query filters read it, so every query goes through it:
/// a commune user sees one commune, a reviewer the communes of its office, an administrator everything, an anonymous
/// request nothing. Code that runs outside a request (start-up, demo data) is trusted and unrestricted.
/// </summary>
public interface IDataScope
{
    bool IsUnrestricted { get; }

    Guid? CommuneId { get; }

    Guid? OfficeId { get; }

    /// <summary>
    /// The communes whose history the caller may read, never change: the predecessors (transitively) of the caller's
    /// commune, or of the communes its office oversees (<see cref="AppClaims.History"/>).
    /// </summary>
    IReadOnlyList<Guid> History { get; }
}

public sealed record DataScope(bool IsUnrestricted, Guid? CommuneId, Guid? OfficeId) : IDataScope
{
    public IReadOnlyList<Guid> History { get; init; } = [];

    public static DataScope Unrestricted { get; } = new(true, null, null);

    /// <summary>Sees nothing: no commune has the empty id.</summary>
    public static DataScope Nothing { get; } = new(false, Guid.Empty, null);

    public static DataScope ForCommune(Guid communeId) => new(false, communeId, null);

    public static DataScope ForOffice(Guid officeId) => new(false, null, officeId);

    public static DataScope FromPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Nothing;
        }

        if (user.IsInRole(AppRoles.Administrator))
        {
            return Unrestricted;
        }

        var history = user.FindAll(AppClaims.History).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        if (user.IsInRole(AppRoles.Reviewer) && Guid.TryParse(user.FindFirstValue(AppClaims.OfficeId), out var office))
        {
            return ForOffice(office) with { History = history };
        }

        return Guid.TryParse(user.FindFirstValue(AppClaims.CommuneId), out var commune) ? ForCommune(commune) with { History = history } : Nothing;
    }
}

/// <summary>The scope of the current caller (<see cref="ICallerAccessor"/>): unrestricted for the system.</summary>
public sealed class CallerDataScope(ICallerAccessor callers) : IDataScope
{
    private DataScope Current => callers.Current.Scope;

    public bool IsUnrestricted => Current.IsUnrestricted;

    public Guid? CommuneId => Current.CommuneId;

    public Guid? OfficeId => Current.OfficeId;

    public IReadOnlyList<Guid> History => Current.History;
}
