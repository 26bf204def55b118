package io.rstreams.autoconfigure;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's packages form no cycle: each one can be read, changed and tested from the bottom up. */
class PackageCyclesTest {

	@Test
	void packagesAreFreeOfCycles() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.rstreams.autoconfigure");
		slices().matching("io.rstreams.(**)").should().beFreeOfCycles().check(classes);
	}
}
