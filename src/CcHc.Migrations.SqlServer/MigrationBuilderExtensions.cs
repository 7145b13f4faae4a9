using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace CcHc.Migrations.SqlServer;

/// <summary>Raw SQL in the SQL Server migrations.</summary>
public static class MigrationBuilderExtensions
{
    /// <summary>
    /// A statement SQL Server only takes at the start of a batch (CREATE TRIGGER, VIEW, FUNCTION, PROCEDURE), run through
    /// <c>EXEC(N'…')</c>: as <c>Sql()</c> it would follow "BEGIN TRANSACTION;" in the script an operator runs
    /// (<c>dotnet ef migrations script</c>) and sit inside "IF NOT EXISTS … BEGIN … END" in the idempotent one, where SQL
    /// Server refuses it ("must be the first statement in a query batch"); EXEC gives it its own batch inside the
    /// migration's transaction, at run time as in both scripts. Checked by parsing the scripts (SqlServerScriptParseTests).
    /// </summary>
    public static OperationBuilder<SqlOperation> SqlBatch(this MigrationBuilder migrationBuilder, string sql)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentNullException.ThrowIfNull(sql);
        return migrationBuilder.Sql("EXEC(N'" + sql.Replace("'", "''", StringComparison.Ordinal) + "');");
    }
}
