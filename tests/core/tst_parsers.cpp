#include "error.h"
#include "numberparser.h"
#include "pytorchprinter.h"
#include "tensortextparser.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>

class TestParsers : public QObject {
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        // Python's float() for each text.
        QTest::newRow("integer") << "42" << 42.0;
        QTest::newRow("decimal") << "-1.5" << -1.5;
        QTest::newRow("plus sign") << "+2.5" << 2.5;
        QTest::newRow("exponent") << "1e3" << 1000.0;
        QTest::newRow("printed sci") << "3.2932e-04" << 3.2932e-04;
        QTest::newRow("int print") << "1." << 1.0;
        QTest::newRow("leading point") << ".5" << 0.5;
        QTest::newRow("inf") << "inf" << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << "-inf" << -std::numeric_limits<double>::infinity();
        QTest::newRow("Infinity") << "Infinity" << std::numeric_limits<double>::infinity();
        QTest::newRow("overflow is inf") << "1e400" << std::numeric_limits<double>::infinity();
        QTest::newRow("negative overflow") << "-2e999" << -std::numeric_limits<double>::infinity();
        QTest::newRow("underflow is 0") << "1e-400" << 0.0;
        QTest::newRow("huge exponent digits") << "1e99999999999999999999" << std::numeric_limits<double>::infinity();
        QTest::newRow("many zeros then overflow") << "0.0001e312" << 1e308;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = core::parseNumber(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
    }

    void nanParses()
    {
        QVERIFY(std::isnan(*core::parseNumber("nan")));
        QVERIFY(std::isnan(*core::parseNumber("NaN")));
    }

    void notNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "abc";
        QTest::newRow("two points") << "1.2.3";
        QTest::newRow("bare exponent") << "1e";
        QTest::newRow("hex") << "0x10";
        QTest::newRow("sign only") << "-";
        QTest::newRow("point only") << ".";
        QTest::newRow("comma decimal") << "1,5";
        QTest::newRow("nan with payload") << "nan(1)";
    }
    void notNumbers()
    {
        QFETCH(QString, text);
        QVERIFY(!core::parseNumber(text.toStdString()).has_value());
    }

    void valueList()
    {
        QCOMPARE(core::parseValueList("1 2,3 , 4\n5"), (std::vector<double>{1, 2, 3, 4, 5}));
        QCOMPARE(core::parseValueList("-inf, 1e3").size(), std::size_t(2));
    }

    void valueListErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad third value") << "1 2 x 4" << "value 3 ('x', at character 5) is not a number";
        QTest::newRow("empty") << "  , " << "no values given";
        QTest::newRow("control byte") << "1 \x01" << "value 2 ('\\x01', at character 3) is not a number";
    }
    void valueListErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            core::parseValueList(text.toStdString());
            QFAIL("accepted");
        } catch (const core::InputError &error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
        }
    }

    void nestedLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("count");
        QTest::newRow("vector") << "[1, 2, 3]" << "(3,)" << 3;
        QTest::newRow("matrix") << "[[1, 2, 3, 4], [5, 6, 7, 8]]" << "(2, 4)" << 8;
        QTest::newRow("trailing commas") << "[[1, 2,], [3, 4,],]" << "(2, 2)" << 4;
        QTest::newRow("numpy print without commas") << "[[-1.3 0.59]\n [0.19 -0.83]]" << "(2, 2)" << 4;
        QTest::newRow("rank 4") << "[[[[0., 1.], [2., 3.]]]]" << "(1, 1, 2, 2)" << 4;
        QTest::newRow("printed tensor") << "tensor([[ 0.4890,  0.0378],\n        [-1.4088,  nan]])" << "(2, 2)" << 4;
        QTest::newRow("printed float64") << "tensor([1., 2.], dtype=torch.float64)" << "(2,)" << 2;
        QTest::newRow("printed sci") << "tensor([3.2932e-04, 1.7980e-02, -inf])" << "(3,)" << 3;
    }
    void nestedLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, shape);
        QFETCH(int, count);
        const core::ParsedTensor parsed = core::parseTensorText(text.toStdString());
        QCOMPARE(QString::fromStdString(parsed.shape.toString()), shape);
        QCOMPARE(int(parsed.values.size()), count);
    }

    void printedDtypeIsKept()
    {
        QCOMPARE(core::parseTensorText("tensor([1.], dtype=torch.float64)").dtype, core::DType::Float64);
        QVERIFY(!core::parseTensorText("tensor([1.])").dtype.has_value());
    }

    void nestedListErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty text") << "" << "line 1, column 1: expected '[' to start a nested list, found end of text";
        QTest::newRow("ragged") << "[[1, 2], [3]]"
                                << "line 1, column 10: ragged lists: this one has shape (1,) but the first one "
                                   "beside it has (2,), found '[3]]'";
        QTest::newRow("mixed numbers and lists") << "[1, [2]]"
                                                 << "line 1, column 5: expected a number (this list holds numbers, "
                                                    "not lists), found '[2]]'";
        QTest::newRow("empty list") << "[]" << "line 1, column 2: empty list (every extent must be at least 1), found ']'";
        QTest::newRow("rank 5") << "[[[[[1]]]]]"
                                << "line 1, column 5: lists nested deeper than 4 levels (rank is at most 4), found "
                                   "'[1]]]]]'";
        QTest::newRow("bad number on line 2") << "[[1, 2],\n [3, 4x]]"
                                              << "line 2, column 6: expected a number, found '4x]]'";
        QTest::newRow("unclosed") << "[1, 2" << "line 1, column 6: expected ']' to close the list opened at column 1, "
                                                "found end of text";
        QTest::newRow("double comma") << "[1,,2]" << "line 1, column 4: expected a number or '[', found ',2]'";
        QTest::newRow("summarised print") << "tensor([0., 1., 2., ..., 7., 8., 9.])"
                                          << "line 1, column 21: this is a summarised print: '...' stands for "
                                             "values that were left out, found '..., 7., 8.,'";
        QTest::newRow("trailing junk") << "[1] 2" << "line 1, column 5: expected the end of the text, found '2'";
        QTest::newRow("unknown dtype") << "tensor([1.], dtype=torch.int64)"
                                       << "line 1, column 20: expected torch.float32 or torch.float64, found "
                                          "'torch.int64)'";
        QTest::newRow("65 items") << "[" + QString("1,").repeated(65) + "]"
                                  << "line 1, column 130: more than 64 items in one list, found '1,]'";
        QTest::newRow("a letter") << QString::fromUtf8("[1, 一]") << "line 1, column 5: expected a number or '[', found '一]'";
    }
    void nestedListErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            core::parseTensorText(text.toStdString());
            QFAIL("accepted");
        } catch (const core::InputError &error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
        }
    }

    void tooManyElementsRefused()
    {
        // 64 × 65 rows of 1: refused at the first value past 4096.
        QString row = "[" + QString("1,").repeated(64) + "]";
        QString text = "[" + (row + ",").repeated(65) + "]";
        QVERIFY_THROWS_EXCEPTION(core::InputError, core::parseTensorText(text.toStdString()));
    }

    void deepNestingRefusedQuickly()
    {
        const std::string text = std::string(100000, '[') + "1" + std::string(100000, ']');
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(core::InputError, core::parseTensorText(text));
        QVERIFY(timer.elapsed() < 5000); // generous: it stops at the fifth '['
    }

    void printedTensorsParseBack_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<int>("dtype");
        QTest::newRow("fixed") << "0.1 -2.25 3.5 4" << 0;
        QTest::newRow("int mode") << "1 2 3 -4" << 0;
        QTest::newRow("sci mode") << "1e-6 2 3e5 4" << 0;
        QTest::newRow("specials") << "nan inf -inf 0" << 0;
        QTest::newRow("float64") << "0.5 0.25 -1 2" << 1;
    }
    void printedTensorsParseBack()
    {
        // A print keeps 4 significant digits, so parsing it gives the printed values;
        // printing those again must give the same text.
        QFETCH(QString, values);
        QFETCH(int, dtype);
        const auto type = dtype ? core::DType::Float64 : core::DType::Float32;
        const core::Tensor tensor = core::Tensor::fromValues(core::Shape::checked({2, 2}),
                                                             core::parseValueList(values.toStdString()), type);
        const std::string printed = core::pytorchPrint(tensor);
        const core::ParsedTensor parsed = core::parseTensorText(printed);
        QCOMPARE(parsed.shape, tensor.shape);
        const core::Tensor reread = core::Tensor::fromValues(parsed.shape, parsed.values, parsed.dtype.value_or(core::DType::Float32));
        QCOMPARE(reread.dtype, type);
        QCOMPARE(core::pytorchPrint(reread), printed);
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
