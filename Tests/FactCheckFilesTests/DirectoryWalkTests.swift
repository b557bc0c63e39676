@testable import FactCheckFiles
import Foundation
import Testing

/// `DirectoryWalk`: symlink loops end, and each file is listed once however many links reach it.
@Suite struct DirectoryWalkTests {
    @Test func twoSymlinksToItselfEndAndCountEachFileOnce() throws {
        let folder = try ScratchFolder()
        try folder.write("{}", to: "annotations/a.json")
        try folder.write("{}", to: "annotations/deeper/b.json")
        let root = folder.path + "/annotations"
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: root + "/deeper/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root + "/same.json", withDestinationPath: "a.json")
        let files = try DirectoryWalk.files(at: root, endingWith: ".json")
        #expect(files == [root + "/a.json", root + "/deeper/b.json"])
    }
}
