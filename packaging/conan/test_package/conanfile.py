"""Conan's test package for tradestat: it builds tests/package, the same consumer project that CTest
builds against an installed prefix, so both package managers are checked by one program; with the
option cli, it also runs the packaged tool's `--version`."""
import os

from conan import ConanFile
from conan.tools.build import can_run
from conan.tools.cmake import CMake, cmake_layout

# tests/package, from packaging/conan/test_package.
CONSUMER = os.path.join("..", "..", "..", "tests", "package")


class TradestatTestPackage(ConanFile):
    settings = "os", "arch", "compiler", "build_type"
    generators = "CMakeDeps", "CMakeToolchain"

    def requirements(self):
        self.requires(self.tested_reference_str)

    def layout(self):
        cmake_layout(self)

    def build(self):
        cmake = CMake(self)
        cmake.configure(build_script_folder=os.path.join(self.source_folder, CONSUMER))
        cmake.build()

    def test(self):
        if can_run(self):
            self.run(os.path.join(self.cpp.build.bindir, "tradestat_consumer"), env="conanrun")
            tradestat = self.dependencies["tradestat"]
            if tradestat.options.get_safe("cli"):
                self.run(os.path.join(tradestat.package_folder, "bin", "tradestat") + " --version", env="conanrun")
