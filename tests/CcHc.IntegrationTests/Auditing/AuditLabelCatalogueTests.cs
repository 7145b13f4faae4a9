using CcHc.Domain.Common;
using CcHc.Infrastructure.Auditing;
using CcHc.IntegrationTests.Infrastructure;
using CcHc.Web.Auditing;

namespace CcHc.IntegrationTests.Auditing;

/// <summary>
/// The audit trail reads in Vietnamese: every property the interceptor audits (read from the real EF model, so a new
/// entity or field cannot be forgotten) has a label in <see cref="FieldLabels"/> or is declared hidden, every audited
/// entity has a Vietnamese name, and every enum an audited property holds has a label for each value.
/// </summary>
public sealed class AuditLabelCatalogueTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Every_audited_property_has_a_vietnamese_label_or_is_hidden()
    {
        using var db = _database.CreateContext();
        var missing = AuditedProperties(db)
            .Where(p => !FieldLabels.IsHidden(p.Entity, p.Property) && FieldLabels.Label(p.Entity, p.Property) is null)
            .Select(p => $"{p.Entity}.{p.Property}")
            .ToList();

        Assert.True(missing.Count == 0, "Thiếu nhãn tiếng Việt cho: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_audited_entity_has_a_vietnamese_name()
    {
        using var db = _database.CreateContext();
        var unnamed = AuditedProperties(db).Select(p => p.Entity).Distinct()
            .Where(e => AuditText.EntityLabel(e) == e)
            .ToList();

        Assert.True(unnamed.Count == 0, "Thiếu tên tiếng Việt cho: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void Every_value_of_an_audited_enum_has_a_label()
    {
        using var db = _database.CreateContext();
        var enums = db.Model.GetEntityTypes()
            .Where(AuditInterceptor.IsAuditedType)
            .SelectMany(t => t.GetProperties().Select(p => p.ClrType).Concat(t.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => p.ClrType))))
            .Select(t => Nullable.GetUnderlyingType(t) ?? t)
            .Where(t => t.IsEnum)
            .Distinct()
            .ToList();
        var missing = enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => FieldLabels.EnumLabel(v) is null)
            .Select(v => $"{v.GetType().Name}.{v}")
            .ToList();

        Assert.NotEmpty(enums);
        Assert.True(missing.Count == 0, "Thiếu nhãn cho giá trị: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_new_field_without_a_label_is_caught()
    {
        Assert.Null(FieldLabels.Label("RemediationPlan", "SomethingNobodyLabelled"));
        Assert.False(FieldLabels.IsHidden("RemediationPlan", "SomethingNobodyLabelled"));
        Assert.Equal("Trích yếu", FieldLabels.Label("RemediationPlan", "Summary"));
        Assert.Equal("Thời gian thực hiện", FieldLabels.Label("RemediationItem", "Deadline.Wording"));
    }

    private static IEnumerable<(string Entity, string Property)> AuditedProperties(global::CcHc.Infrastructure.Persistence.CcHcDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(AuditInterceptor.IsAuditedType)
            .SelectMany(t => t.GetProperties().Select(p => (t.ClrType.Name, p.Name))
                .Concat(t.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => (t.ClrType.Name, c.Name + "." + p.Name)))))
            .Where(p => !AuditInterceptor.IsSecret(p.Item2));
}
