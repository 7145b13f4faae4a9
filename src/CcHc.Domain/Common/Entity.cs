namespace CcHc.Domain.Common;

/// <summary>
/// Base of every persisted aggregate and child entity. The key is made by the domain (a time-ordered GUID v7),
/// so a new tree of objects can refer to itself before it is saved and keys cannot be guessed one from another.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
