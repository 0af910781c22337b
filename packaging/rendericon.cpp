// retort_rendericon SVG PNG SIZE: renders the SVG into a square transparent PNG of SIZE
// pixels (build-time tool for the hicolor theme's fixed-size icons).

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s SVG PNG SIZE\n", argv[0]);
        return 2;
    }
    // No application object: painting an icon without text needs neither a platform
    // plugin nor fonts.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    bool ok = false;
    const int size = args.at(3).toInt(&ok);
    if (!ok || size <= 0 || size > 4096) {
        std::fprintf(stderr, "rendericon: bad size %s\n", argv[3]);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read %s\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(2), "PNG")) {
        std::fprintf(stderr, "rendericon: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
