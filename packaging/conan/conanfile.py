"""Conan 2 recipe for tradestat, a header-only library, and on request its command-line tool.

    conan create packaging/conan --build=missing                      # the headers
    conan create packaging/conan --build=missing -o "tradestat/*:cli=True"   # and bin/tradestat

Header-only, it configures the library-only CMake entry (src/), the same one the vcpkg overlay port
uses. With the option `cli` it configures the top-level entry with TRADESTAT_BUILD_CLI on (tests,
examples, benchmarks and developer warnings off), as the vcpkg port's `cli` feature does, and the
package also holds the executable bin/tradestat. Its test_package builds tests/package, the consumer
project CTest builds against an installed prefix, and runs `tradestat --version` when the tool is there.
"""
import os

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, cmake_layout
from conan.tools.files import copy

# The repository root, two levels above this recipe.
ROOT = os.path.join("..", "..")


class TradestatConan(ConanFile):
    name = "tradestat"
    version = "0.1.0"
    license = "MIT"
    description = ("Strongly typed foreign-trade statistics for C++20: money, ratios, periods, codes "
                   "and customs records checked at compile time.")
    topics = ("trade-statistics", "units", "money", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    options = {"cli": [True, False]}
    default_options = {"cli": False}
    generators = "CMakeDeps", "CMakeToolchain"
    no_copy_source = True

    def export_sources(self):
        root = os.path.join(self.recipe_folder, ROOT)
        for pattern in ("include/*", "src/*", "cmake/*", "LICENSE", "CMakeLists.txt", "tools/bin/tradestat/*"):
            copy(self, pattern, src=root, dst=self.export_sources_folder)

    def configure(self):
        if self.options.cli:
            # Headers and an executable: no one package type says both. "unknown" keeps the default
            # requirement traits (the headers reach consumers) and a package_id per configuration.
            self.package_type = "unknown"

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        # Our public headers include theirs, so consumers need their headers too.
        self.requires("boost/[>=1.74.0 <2]", transitive_headers=True)
        self.requires("range-v3/[>=0.12.0 <1]", transitive_headers=True)

    def build_requirements(self):
        # tradestat's own test suite is written for Catch2 v2 and v3 (tests/runtime/catch.hpp).
        self.test_requires("catch2/[>=2.13.10 <4]")

    def validate(self):
        check_min_cppstd(self, 20)

    def build(self):
        cmake = CMake(self)
        if self.options.cli:
            cmake.configure(build_script_folder=".", variables={
                "TRADESTAT_BUILD_CLI": "ON", "TRADESTAT_INSTALL": "ON", "TRADESTAT_BUILD_TESTS": "OFF",
                "TRADESTAT_BUILD_EXAMPLES": "OFF", "TRADESTAT_BUILD_BENCHMARKS": "OFF",
                "TRADESTAT_DEVELOPER_MODE": "OFF"})
            cmake.build()
        else:
            cmake.configure(build_script_folder="src")

    def package(self):
        cmake = CMake(self)
        cmake.install()

    def package_info(self):
        # Let CMakeDeps consumers use the same names as find_package(tradestat CONFIG).
        self.cpp_info.set_property("cmake_file_name", "tradestat")
        self.cpp_info.set_property("cmake_target_name", "tradestat::tradestat")
        self.cpp_info.bindirs = ["bin"] if self.options.cli else []
        self.cpp_info.libdirs = []
        # in_parallel starts POSIX threads: the library that holds them, where it is not libc's own.
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs = ["pthread"]

    def package_id(self):
        # The headers are the same for every configuration; the tool is built for one.
        if not self.info.options.cli:
            self.info.clear()
