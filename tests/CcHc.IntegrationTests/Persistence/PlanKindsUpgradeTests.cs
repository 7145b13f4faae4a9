using CcHc.Infrastructure.Identity;
using CcHc.Infrastructure.Persistence;
using CcHc.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CcHc.IntegrationTests.Persistence;

/// <summary>
/// A database made before plan kinds (migration OfficeConcurrencyToken) with an issued version 1 and its draft version 2
/// is brought up to date: its plans become one-year remediation plans in the Kế hoạch form, version 2 joins version 1's
/// lineage, and the issued version is still refused any change (SQLite rebuilt the table, which drops its triggers).
/// </summary>
public sealed class PlanKindsUpgradeTests : IDisposable
{
    private const string BeforePlanKinds = "20261205201545_OfficeConcurrencyToken";

    private readonly TestDataDirectory _directory = new();

    [Fact]
    public async Task Existing_plans_become_remediation_plans_of_one_lineage_and_the_issued_one_stays_frozen()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory.Path };
        await using (var db = Context(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforePlanKinds);
        }

        var (commune, set, assessment) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var connection = await OpenAsync(options))
        {
            await InsertAsync(connection, "Communes", new() { ["Id"] = commune, ["Name"] = "xã Cẩm Sơn" });
            await InsertAsync(connection, "CriteriaSets", new() { ["Id"] = set, ["Name"] = "Bộ 2023", ["IndexKind"] = "ParIndex", ["Year"] = 2023 });
            await InsertAsync(connection, "Assessments", new() { ["Id"] = assessment, ["CommuneId"] = commune, ["CriteriaSetId"] = set, ["Year"] = 2023 });
            await InsertAsync(connection, "Plans", new()
            {
                ["Id"] = first, ["CommuneId"] = commune, ["AssessmentId"] = assessment, ["Year"] = 2024, ["VersionNumber"] = 1,
                ["Status"] = "Issued", ["DocumentNumber"] = "27", ["Layout"] = "Sections", ["LegalBases"] = "[]", ["Recipients"] = "[]",
            });
            await InsertAsync(connection, "Plans", new()
            {
                ["Id"] = second, ["CommuneId"] = commune, ["AssessmentId"] = assessment, ["Year"] = 2024, ["VersionNumber"] = 2,
                ["Status"] = "Draft", ["PreviousVersionId"] = first, ["Layout"] = "Sections", ["LegalBases"] = "[]", ["Recipients"] = "[]",
            });
        }

        await using (var db = Context(options))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = Context(options))
        {
            var plans = await db.Plans.AsNoTracking().OrderBy(p => p.VersionNumber).ToListAsync();
            Assert.All(plans, p => Assert.Equal(CcHc.Domain.Plans.PlanKind.Remediation, p.Kind));
            Assert.All(plans, p => Assert.Equal(CcHc.Domain.Plans.DocumentForm.Plan, p.Form));
            Assert.All(plans, p => Assert.Equal((2024, 2024), (p.Year, p.ToYear)));
            Assert.All(plans, p => Assert.Equal([CcHc.Domain.Criteria.IndexKind.ParIndex], p.Indices));
            Assert.All(plans, p => Assert.Equal(first, p.LineageId));
            Assert.All(plans, p => Assert.Equal(assessment, p.AssessmentId));
        }

        await using (var connection = await OpenAsync(options))
        {
            await using var legacy = connection.CreateCommand();
            legacy.CommandText = "PRAGMA legacy_alter_table";
            Assert.Equal(0L, await legacy.ExecuteScalarAsync());

            var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection, $"UPDATE Plans SET Summary = 'x' WHERE Id = '{Upper(first)}'"));
            Assert.Contains("đã ban hành", refused.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection, $"DELETE FROM Plans WHERE Id = '{Upper(first)}'"));
            Assert.Equal(1, await ExecuteAsync(connection, $"UPDATE Plans SET Summary = 'x' WHERE Id = '{Upper(second)}'"));
        }
    }

    public void Dispose() => _directory.Dispose();

    private static CcHcDbContext Context(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<CcHcDbContext>();
        PersistenceServiceCollectionExtensions.Configure(builder, options);
        return new CcHcDbContext(builder.Options, DataScope.Unrestricted);
    }

    private static async Task<SqliteConnection> OpenAsync(DatabaseOptions options)
    {
        var connection = new SqliteConnection($"Data Source={options.SqliteFile};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Inserts a row giving the named columns; every other required column gets an empty value of its type.</summary>
    private static async Task InsertAsync(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        var columns = new List<(string Name, string Type)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (values.ContainsKey(reader.GetString(0)) || (reader.GetInt64(2) == 1 && reader.IsDBNull(3)))
                {
                    columns.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var value = values.TryGetValue(columns[i].Name, out var given) ? given : columns[i].Type == "INTEGER" ? 0 : string.Empty;
            insert.Parameters.AddWithValue($"$p{i}", value is Guid g ? Upper(g) : value);
        }

        await insert.ExecuteNonQueryAsync();
    }
}
