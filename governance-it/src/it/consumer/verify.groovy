// Runs the consumer built by Maven (module path) and compiles and runs it again on the class path:
// each run must print expected.txt exactly, with nothing on stderr and no compiler warning.

def java = new File(System.getProperty('java.home'), 'bin/java').path
def javac = new File(System.getProperty('java.home'), 'bin/javac').path
def target = new File(basedir, 'target')
def libraries = new File(target, 'runtime-path.txt').text.trim()
def expected = new File(basedir, 'expected.txt').text

def run = { String label, List<String> command ->
  def process = command.execute(null, basedir)
  def out = new StringBuilder()
  def err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  println "${label}: exit ${process.exitValue()}"
  assert process.exitValue() == 0: "${label} failed: ${err}"
  assert err.length() == 0: "${label} wrote to stderr:\n${err}"
  return out.toString()
}

def modulePath = new File(target, 'classes').path + File.pathSeparator + libraries
def onModules = run('module path', [java, '--module-path', modulePath, '--module', 'consumer/consumer.Main'])
assert onModules.normalize() == expected: "module path printed:\n${onModules}"

def classesOnClassPath = new File(target, 'class-path-classes')
def compiled = run('class path compile', [javac, '--release', '17', '-Xlint:all', '-Werror',
    '-classpath', libraries, '-d', classesOnClassPath.path,
    new File(basedir, 'src/main/java/consumer/Main.java').path])
assert compiled.isEmpty(): "javac printed:\n${compiled}"
def onClassPath = run('class path', [java, '-classpath',
    classesOnClassPath.path + File.pathSeparator + libraries, 'consumer.Main'])
assert onClassPath.normalize() == expected: "class path printed:\n${onClassPath}"
return true
