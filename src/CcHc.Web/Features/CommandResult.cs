using CcHc.Domain.Common;

namespace CcHc.Web.Features;

public enum CommandStatus
{
    Done,

    /// <summary>Nothing with that id in the caller's scope (another commune's id looks the same): 404.</summary>
    NotFound,

    /// <summary>In scope, but the caller's role or the thing's state does not allow it: 403.</summary>
    Forbidden,

    /// <summary>The input or a domain rule refused it; <see cref="CommandResult.Errors"/> say where: 422.</summary>
    Invalid,

    /// <summary>Someone saved the same thing since the form was read: 409 with what they changed.</summary>
    Stale,
}

/// <summary>
/// A message for one field of a form (its key is the input's name, e.g. "Input.Date"), or for the whole form when
/// <see cref="Field"/> is empty. Commands say where an error belongs; pages never guess it from the text.
/// </summary>
public readonly record struct FieldError(string Field, string Message)
{
    public static FieldError ForForm(string message) => new(string.Empty, message);
}

/// <summary>
/// What a command did: done (with the message to show after the redirect), or why not. One type for every command,
/// so every page turns an outcome into a response the same way (<see cref="CommandResultPageExtensions"/>).
/// </summary>
public record CommandResult(CommandStatus Status, string? Message, IReadOnlyList<FieldError> Errors, ConcurrencyConflict? Conflict)
{
    public bool Succeeded => Status == CommandStatus.Done;

    public static CommandResult Done(string? message = null) => new(CommandStatus.Done, message, [], null);

    public static CommandResult<T> Done<T>(T value, string? message = null) => new(CommandStatus.Done, message, [], null, value);

    /// <summary>This failure as the outcome of a command that returns a value.</summary>
    public CommandResult<T> As<T>() => new(Status, Message, Errors, Conflict, default);

    public static CommandResult NotFound() => new(CommandStatus.NotFound, null, [], null);

    public static CommandResult Forbidden() => new(CommandStatus.Forbidden, null, [], null);

    public static CommandResult Invalid(params FieldError[] errors) => new(CommandStatus.Invalid, null, errors, null);

    public static CommandResult Invalid(IEnumerable<FieldError> errors) => new(CommandStatus.Invalid, null, errors.ToList(), null);

    public static CommandResult Stale(ConcurrencyConflict conflict) => new(CommandStatus.Stale, null, [], conflict);

    /// <summary>A domain rule's refusal, beside the field it names (mapped to the form's key) or on the whole form.</summary>
    public static CommandResult Refused(DomainException exception, Func<string, string>? fieldKey = null) =>
        Invalid(new FieldError(exception.Field is { } field && fieldKey is not null ? fieldKey(field) : string.Empty, exception.Message));
}

/// <summary>A command's outcome that carries a value when it is done (the id of what it created, a file).</summary>
public sealed record CommandResult<T>(CommandStatus Status, string? Message, IReadOnlyList<FieldError> Errors, ConcurrencyConflict? Conflict, T? Value)
    : CommandResult(Status, Message, Errors, Conflict);
